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
	"github.com/practicepost/practicepost/store/postgres/pgtest"
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
	if cfg := os.Getenv(alertChildEnv); cfg != "" {
		runAlertChild(cfg)
		return
	}
	if cfg := os.Getenv(replicaEnv); cfg != "" {
		runReplica(cfg)
		return
	}
	// A benchmark on Postgres starts the throwaway server; the tests do not.
	os.Exit(pgtest.Main(m))
}

// serveFakes starts n fakes, prints their URLs one a line, and serves
// until its standard input closes (the parent ended or died). A line
// "accepted" on its input makes it print the text of every post each fake
// accepted, one "accepted <fake> <quoted text>" line each, then "end".
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
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		if in.Text() != "accepted" {
			continue
		}
		out := bufio.NewWriter(os.Stdout)
		for i, f := range fakes {
			for _, a := range f.Accepted() {
				fmt.Fprintf(out, "accepted %d %s\n", i, strconv.Quote(a.Text))
			}
		}
		fmt.Fprintln(out, "end")
		out.Flush()
	}
	for _, f := range fakes {
		f.Close()
	}
}

// fakesProcess is the child process serving the fakes.
type fakesProcess struct {
	urls []string
	in   io.WriteCloser
	out  *bufio.Scanner
}

// startFakes runs n Facebook fakes in a child process (this test binary
// again); the child stops when tb ends.
func startFakes(tb testing.TB, n int) *fakesProcess {
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
	f := &fakesProcess{in: stdin, out: bufio.NewScanner(stdout)}
	for len(f.urls) < n && f.out.Scan() {
		if u := strings.TrimSpace(f.out.Text()); strings.HasPrefix(u, "http") {
			f.urls = append(f.urls, u)
		}
	}
	if len(f.urls) != n {
		tb.Fatalf("the fakes process gave %d of %d URLs (%v)", len(f.urls), n, f.out.Err())
	}
	return f
}

// accepted counts the posts the fakes accepted by their text, over all
// the fakes.
func (f *fakesProcess) accepted() (map[string]int, error) {
	if _, err := io.WriteString(f.in, "accepted\n"); err != nil {
		return nil, err
	}
	texts := map[string]int{}
	for f.out.Scan() {
		line := f.out.Text()
		if line == "end" {
			return texts, nil
		}
		var fake int
		var quoted string
		if _, err := fmt.Sscanf(line, "accepted %d %q", &fake, &quoted); err != nil {
			return nil, fmt.Errorf("the fakes process said %q: %w", line, err)
		}
		texts[quoted]++
	}
	return nil, fmt.Errorf("the fakes process ended before listing what it accepted: %v", f.out.Err())
}
