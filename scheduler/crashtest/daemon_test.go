package crashtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"text/template"
	"time"

	"github.com/practicepost/practicepost/channels/bluesky/blueskyfake"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
)

// daemon runs the real practicepost binary on one config.
type daemon struct {
	t      *testing.T
	bin    string
	config string
	log    *os.File
	// env is added to the environment of every command (a replica's
	// connection string).
	env []string
}

// built is the practicepost binary the package's tests share, built by
// the first that asks; TestMain removes its folder.
var built struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// buildBinary compiles ./cmd/practicepost from the module root, once for
// the whole test binary: every crash test runs the same build.
func buildBinary(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		out, err := exec.Command("go", "env", "GOMOD").Output()
		if err != nil {
			built.err = fmt.Errorf("go env GOMOD: %w", err)
			return
		}
		if built.dir, built.err = os.MkdirTemp("", "crashtest-bin-"); built.err != nil {
			return
		}
		bin := filepath.Join(built.dir, "practicepost")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/practicepost")
		cmd.Dir = filepath.Dir(strings.TrimSpace(string(out)))
		if b, err := cmd.CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build ./cmd/practicepost: %w\n%s", err, b)
			return
		}
		built.path = bin
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// removeBinary removes what buildBinary built.
func removeBinary() {
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
}

var configTemplate = template.Must(template.New("config").Parse(`
[practice]
name = "Riverside Family Clinic"
timezone = "America/Chicago"
state = "IL"
domains = ["clinic.example"]

[store]
dir = "data"
{{- with .DSNEnv}}
backend = "postgres"
dsn = "env:{{.}}"
{{- end}}

[web]
listen = "127.0.0.1:0"

[scheduler]
# The fakes list a post as soon as they make it: a short settle window keeps
# the test quick while still exercising the look-again-later path.
reconcile_settle = "5s"
{{- with .CallTimeout}}
# With replicas an interrupted attempt waits for the call's timeout too.
call_timeout = "{{.}}"
{{- end}}
# The Google fake decides on a post within a few seconds.
moderation_every = "2s"
{{- with .Jobs}}
engagement_schedule = "{{.}}"
token_check_schedule = "{{.}}"
{{- end}}
{{if .X}}
[[channels]]
id = "x"
kind = "x"
api_base = "{{.X}}"
consumer_key = "{{.XConsumerKey}}"
consumer_secret = "{{.XConsumerSecret}}"
access_token = "{{.XAccessToken}}"
access_token_secret = "{{.XAccessTokenSecret}}"
{{end}}{{if .FB}}
[[channels]]
id = "fb"
kind = "facebook"
api_base = "{{.FB}}"
page_id = "{{.FBPage}}"
page_access_token = "{{.FBToken}}"
graph_version = "v25.0"
{{end}}{{if .LI}}
[[channels]]
id = "li"
kind = "linkedin"
api_base = "{{.LI}}"
organization_id = "{{.LIOrg}}"
access_token = "{{.LIToken}}"
api_version = "{{.LIVersion}}"
{{end}}{{if .MD}}
[[channels]]
id = "md"
kind = "mastodon"
api_base = "{{.MD}}"
instance = "{{.MD}}"
access_token = "{{.MDToken}}"
{{end}}{{if .GBP}}
[[channels]]
id = "gbp"
kind = "google"
api_base = "{{.GBP}}"
account_id = "{{.GBPAccount}}"
location_id = "{{.GBPLocation}}"
client_id = "{{.GBPClientID}}"
client_secret = "{{.GBPClientSecret}}"
refresh_token = "{{.GBPRefreshToken}}"
{{end}}{{if .BS}}
[[channels]]
id = "bsky"
kind = "bluesky"
api_base = "{{.BS}}"
handle = "{{.BSHandle}}"
app_password = "{{.BSPassword}}"
{{end}}`))

// setup is what writeConfig points a daemon at.
type setup struct {
	// The channels' API addresses (a fake's, or a proxy's in front of
	// it): X, Facebook, LinkedIn, Mastodon, Google, Bluesky. A channel
	// whose address is "" is left out.
	X, FB, LI, MD, GBP, BS string
	// DSNEnv, when set, puts the store on PostgreSQL, with the connection
	// string in this environment variable.
	DSNEnv string
	// CallTimeout, when set, is [scheduler] call_timeout.
	CallTimeout string
	// Jobs, when set, is the cron schedule of the engagement and token
	// check jobs (the config takes five-field cron, so once a minute at
	// most).
	Jobs string
}

// writeConfig writes dir/config.toml, its channels pointing at the fakes.
func writeConfig(t *testing.T, dir string, s setup) string {
	t.Helper()
	var b bytes.Buffer
	err := configTemplate.Execute(&b, map[string]string{
		"DSNEnv": s.DSNEnv, "Jobs": s.Jobs, "CallTimeout": s.CallTimeout,
		"X": s.X, "XConsumerKey": xfake.ConsumerKey, "XConsumerSecret": xfake.ConsumerSecret,
		"XAccessToken": xfake.AccessToken, "XAccessTokenSecret": xfake.AccessTokenSecret,
		"FB": s.FB, "FBPage": fbfake.PageID, "FBToken": fbfake.PageToken,
		"LI": s.LI, "LIOrg": lifake.OrganizationID, "LIToken": lifake.AccessToken, "LIVersion": lifake.Versions[len(lifake.Versions)-1],
		"MD": s.MD, "MDToken": mastodonfake.AccessToken,
		"GBP": s.GBP, "GBPAccount": gbpfake.AccountID, "GBPLocation": gbpfake.LocationID, "GBPClientID": gbpfake.ClientID,
		"GBPClientSecret": gbpfake.ClientSecret, "GBPRefreshToken": gbpfake.RefreshToken,
		"BS": s.BS, "BSHandle": blueskyfake.Handle, "BSPassword": blueskyfake.AppPassword,
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// createLog makes a daemon's log file at path, closed when the test ends;
// if the test failed, the log's tail goes in the test's output first.
func createLog(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			b, _ := os.ReadFile(path)
			if len(b) > 6000 {
				b = b[len(b)-6000:]
			}
			t.Logf("%s tail:\n%s", path, b)
		}
		f.Close()
	})
	return f
}

// cli runs one CLI command and returns its standard output.
func (d *daemon) cli(args ...string) []byte {
	d.t.Helper()
	cmd := exec.Command(d.bin, append([]string{"--config", d.config}, args...)...)
	cmd.Dir = filepath.Dir(d.config)
	cmd.Env = append(os.Environ(), d.env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		d.t.Fatalf("practicepost %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return out
}

// serve starts `practicepost serve`.
func (d *daemon) serve() *exec.Cmd {
	d.t.Helper()
	cmd := exec.Command(d.bin, "--config", d.config, "serve")
	cmd.Dir = filepath.Dir(d.config)
	cmd.Env = append(os.Environ(), d.env...)
	cmd.Stdout, cmd.Stderr = d.log, d.log
	if err := cmd.Start(); err != nil {
		d.t.Fatal(err)
	}
	return cmd
}

// importPosts queues n posts on the channels chans(i) names (separated
// by spaces), due over the seconds of spread starting at first, through
// `practicepost import`.
func (d *daemon) importPosts(n int, first time.Time, spread time.Duration, chans func(i int) string) {
	d.t.Helper()
	seconds := max(1, int(spread/time.Second))
	var b strings.Builder
	b.WriteString("text,channels,at\n")
	for i := range n {
		fmt.Fprintf(&b, "%q,%s,%s\n", text(i), chans(i), first.Add(time.Duration(i%seconds)*time.Second).UTC().Format(time.RFC3339))
	}
	path := filepath.Join(filepath.Dir(d.config), "posts.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		d.t.Fatal(err)
	}
	out := d.cli("import", path)
	if !strings.Contains(string(out), fmt.Sprintf("%d scheduled", n)) {
		d.t.Fatalf("import: %s", out)
	}
}

// everyNetwork puts post i on X, Facebook and LinkedIn, every fourth on
// Mastodon too, another fourth on Google and another on Bluesky.
func everyNetwork(i int) string {
	chans := "x fb li"
	if onMastodon(text(i)) {
		chans += " md"
	}
	if onGoogle(text(i)) {
		chans += " gbp"
	}
	if onBluesky(text(i)) {
		chans += " bsky"
	}
	return chans
}

// text is post i's text. Every other one carries & < >, which X lists
// back as &amp; &lt; &gt;: reconciliation after a kill must still match it
// (it did not, and posted it again).
func text(i int) string {
	if i%2 == 1 {
		return fmt.Sprintf("Flu & COVID shots this week: ages <12 & >65 first. Reminder %04d of our autumn series.", i)
	}
	return fmt.Sprintf("Flu shots are available this week at the clinic. Reminder %04d of our autumn series.", i)
}

// onMastodon says whether the post with this text goes to Mastodon too:
// every fourth. Before each status the adapter reads the account's
// statuses of the last day (its duplicate check), so 250 keep the run
// short.
func onMastodon(text string) bool {
	var i int
	_, err := fmt.Sscanf(text[strings.Index(text, "Reminder ")+len("Reminder "):], "%d", &i)
	return err == nil && i%4 == 0
}

// onGoogle says whether the post with this text goes to Google too: every
// fourth, not the Mastodon ones (each Google publish first lists the
// location's posts of the day, as Google refuses no duplicate).
func onGoogle(text string) bool {
	var i int
	_, err := fmt.Sscanf(text[strings.Index(text, "Reminder ")+len("Reminder "):], "%d", &i)
	return err == nil && i%4 == 2
}

// onBluesky says whether the post with this text goes to Bluesky too:
// every fourth, none of the Mastodon or Google ones, each with & < >.
func onBluesky(text string) bool {
	var i int
	_, err := fmt.Sscanf(text[strings.Index(text, "Reminder ")+len("Reminder "):], "%d", &i)
	return err == nil && i%4 == 1
}

// rejectedByGoogle lists the texts of the first n posts that Google's
// review rejects: every tenth Google post.
func rejectedByGoogle(n int) map[string]bool {
	out := map[string]bool{}
	for i := 2; i < n; i += 40 {
		out[text(i)] = true
	}
	return out
}

// open counts posts still scheduled or publishing, through the daemon.
func (d *daemon) open() int {
	d.t.Helper()
	n := 0
	for _, st := range []post.Status{post.StatusScheduled, post.StatusPublishing} {
		var list []json.RawMessage
		if err := json.Unmarshal(d.cli("post", "list", "--json", "--limit", "5000", "--status", string(st)), &list); err != nil {
			d.t.Fatalf("post list: %v", err)
		}
		n += len(list)
	}
	return n
}

// drain runs the daemon until nothing is open after last, then stops it
// with SIGINT.
func (d *daemon) drain(ctx context.Context, last time.Time) {
	d.t.Helper()
	p := start(d)
	time.Sleep(time.Second) // let it open the store and the socket
	d.waitSettled(ctx, last, p)
	p.stop(d.t)
}

// waitSettled returns once nothing is open after last, asking through
// d's CLI, while the daemons procs run; it fails the test if one exits.
func (d *daemon) waitSettled(_ context.Context, last time.Time, procs ...*proc) {
	d.t.Helper()
	// The loop ends as soon as nothing is open; the deadline only bounds a
	// daemon that stopped publishing. It is generous because a loaded
	// machine (CI shared with browser tests) publishes 3,000 deliveries
	// slower than a quiet one, and running out of time is not the property
	// under test.
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		if time.Now().After(last) && d.open() == 0 {
			return
		}
		for _, p := range procs {
			select {
			case err := <-p.done:
				d.t.Fatalf("daemon exited during the final run: %v", err)
			default:
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	d.t.Errorf("posts still open 5 minutes after %s", last.Format(time.TimeOnly))
}

// proc is one running `practicepost serve`.
type proc struct {
	cmd  *exec.Cmd
	done chan error // Wait's answer, once it exits
}

func start(d *daemon) *proc {
	p := &proc{cmd: d.serve(), done: make(chan error, 1)}
	go func() { p.done <- p.cmd.Wait() }()
	return p
}

// kill ends the daemon with SIGKILL and waits for it.
func (p *proc) kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// stop asks the daemon to stop (SIGINT), as a person does, and fails the
// test if it does not within 30 s or exits with an error.
func (p *proc) stop(t *testing.T) {
	t.Helper()
	_ = p.cmd.Process.Signal(os.Interrupt)
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("daemon shutdown: %v", err)
		}
	case <-time.After(30 * time.Second):
		p.kill()
		t.Error("daemon did not stop within 30 s of SIGINT")
	}
}
