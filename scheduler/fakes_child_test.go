package scheduler

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/facebook/fbfake"
)

// fakesEnv makes the test binary serve that many Facebook fakes instead of
// running tests, so a benchmark measures the scheduler's memory alone.
const fakesEnv = "PRACTICEPOST_SCHEDULER_FAKES"

func TestMain(m *testing.M) {
	if n := os.Getenv(fakesEnv); n != "" {
		serveFakes(n)
		return
	}
	if dir := os.Getenv(crashChildEnv); dir != "" {
		runCrashChild(dir)
		return
	}
	os.Exit(m.Run())
}

// serveFakes starts n fakes, prints their URLs one a line, and serves
// until its standard input closes (the parent ended or died).
func serveFakes(n string) {
	count, err := strconv.Atoi(n)
	if err != nil || count < 1 {
		fmt.Fprintf(os.Stderr, "%s=%q: want a positive count\n", fakesEnv, n)
		os.Exit(2)
	}
	fakes := make([]*fbfake.Server, count)
	for i := range fakes {
		fakes[i] = fbfake.New()
		fmt.Println(fakes[i].URL())
	}
	io.Copy(io.Discard, os.Stdin)
	for _, f := range fakes {
		f.Close()
	}
}

// startFakes runs n Facebook fakes in a child process (this test binary
// again) and returns their URLs; the child stops when tb ends.
func startFakes(tb testing.TB, n int) []string {
	tb.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), fakesEnv+"="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	var urls []string
	sc := bufio.NewScanner(stdout)
	for len(urls) < n && sc.Scan() {
		if u := strings.TrimSpace(sc.Text()); strings.HasPrefix(u, "http") {
			urls = append(urls, u)
		}
	}
	if len(urls) != n {
		tb.Fatalf("the fakes process gave %d of %d URLs (%v)", len(urls), n, sc.Err())
	}
	return urls
}
