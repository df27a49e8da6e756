package packaging

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDockerfile keeps the Dockerfile to what issue 19 asks (there is no
// container runtime on the CI machine to build it): multi-stage, a static
// binary, a non-root user, the /data volume, a HEALTHCHECK on /healthz,
// and the Go the module asks for.
func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile("../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	df := string(b)
	if n := len(regexp.MustCompile(`(?m)^FROM `).FindAllString(df, -1)); n < 2 {
		t.Errorf("%d FROM lines, want a build stage and a run stage", n)
	}
	for _, want := range []string{"CGO_ENABLED=0 go build", "VOLUME /data", "HEALTHCHECK ", "/healthz", "COPY --from=build"} {
		if !strings.Contains(df, want) {
			t.Errorf("the Dockerfile does not say %q", want)
		}
	}
	users := regexp.MustCompile(`(?m)^USER (\S+)`).FindAllStringSubmatch(df, -1)
	if len(users) == 0 || strings.HasPrefix(users[len(users)-1][1], "root") || strings.HasPrefix(users[len(users)-1][1], "0") {
		t.Errorf("the image runs as %v, want a non-root user", users)
	}
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	goVer := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(string(mod))
	if goVer == nil || !strings.Contains(df, "FROM golang:"+goVer[1]+"-") {
		t.Errorf("the build stage's Go is not go.mod's (%v)", goVer)
	}
	entry, err := os.ReadFile("docker-entrypoint.sh")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"init --dir /data", "--new-admin-password-file /data/admin-password", "exec practicepost serve"} {
		if !strings.Contains(string(entry), want) {
			t.Errorf("docker-entrypoint.sh does not say %q", want)
		}
	}
}
