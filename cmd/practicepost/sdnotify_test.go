package main

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
)

// TestServeTellsSystemd: under Type=notify the daemon says READY=1 once it
// serves, then WATCHDOG=1 while the scheduler beats (WatchdogSec here
// 400 ms), and STOPPING=1 on the way out.
func TestServeTellsSystemd(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "notify")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	t.Setenv("NOTIFY_SOCKET", sock)
	t.Setenv("WATCHDOG_USEC", "400000")
	t.Setenv("WATCHDOG_PID", "")
	cfg, err := config.Load(mustInit(t))
	if err != nil {
		t.Fatal(err)
	}
	stop := startDaemon(t, cfg)
	next := func(want string) {
		t.Helper()
		buf := make([]byte, 4096)
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
			conn.SetReadDeadline(deadline)
			n, err := conn.Read(buf)
			if err != nil {
				break
			}
			if strings.HasPrefix(string(buf[:n]), want) {
				return
			}
		}
		t.Fatalf("no %q from the daemon within 5 s", want)
	}
	next("READY=1")
	next("WATCHDOG=1")
	stop()
	next("STOPPING=1")
}
