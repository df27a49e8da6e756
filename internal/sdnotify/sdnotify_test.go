package sdnotify

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// listen makes a datagram socket like systemd's and points
// $NOTIFY_SOCKET at it.
func listen(t *testing.T) *net.UnixConn {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notify")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	t.Setenv("NOTIFY_SOCKET", path)
	return conn
}

func read(t *testing.T, conn *net.UnixConn, within time.Duration) (string, bool) {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(within))
	buf := make([]byte, 4096)
	n, err := conn.Read(buf)
	if err != nil {
		return "", false
	}
	return string(buf[:n]), true
}

func TestNotify(t *testing.T) {
	conn := listen(t)
	if err := Notify("READY=1\nSTATUS=serving"); err != nil {
		t.Fatal(err)
	}
	if got, ok := read(t, conn, time.Second); !ok || got != "READY=1\nSTATUS=serving" {
		t.Fatalf("got %q", got)
	}
	t.Setenv("NOTIFY_SOCKET", "")
	if err := Notify("READY=1"); err != nil {
		t.Fatalf("outside systemd: %v", err)
	}
}

func TestWatchdogInterval(t *testing.T) {
	cases := []struct {
		usec, pid string
		want      time.Duration
	}{
		{"", "", 0},
		{"30000000", "", 30 * time.Second},
		{"30000000", strconv.Itoa(1 << 30), 0}, // another process's watchdog
		{"junk", "", 0},
	}
	for _, c := range cases {
		t.Setenv("WATCHDOG_USEC", c.usec)
		t.Setenv("WATCHDOG_PID", c.pid)
		if got := WatchdogInterval(); got != c.want {
			t.Errorf("WATCHDOG_USEC=%q WATCHDOG_PID=%q: %v, want %v", c.usec, c.pid, got, c.want)
		}
	}
}

// TestWatchdogPingsOnlyWhileHealthy: pings while the heartbeat is fresh,
// none while it is not, and again once it is.
func TestWatchdogPingsOnlyWhileHealthy(t *testing.T) {
	conn := listen(t)
	var sick atomic.Bool
	var reported atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go Watchdog(ctx, 40*time.Millisecond, func() error {
		if sick.Load() {
			return errors.New("scheduler: no heartbeat for 2m")
		}
		return nil
	}, func(error) { reported.Add(1) })
	if got, ok := read(t, conn, time.Second); !ok || got != "WATCHDOG=1" {
		t.Fatalf("healthy: got %q", got)
	}
	sick.Store(true)
	time.Sleep(30 * time.Millisecond) // a ping already on its way may land
	for {
		if _, ok := read(t, conn, 10*time.Millisecond); !ok {
			break
		}
	}
	if got, ok := read(t, conn, 200*time.Millisecond); ok {
		t.Fatalf("pinged %q while unhealthy", got)
	}
	if reported.Load() == 0 {
		t.Error("the unhealthy state was not reported")
	}
	sick.Store(false)
	if _, ok := read(t, conn, time.Second); !ok {
		t.Fatal("no ping after recovering")
	}
}
