// Package sdnotify tells systemd how the daemon is doing, over the
// datagram socket a Type=notify service is given in $NOTIFY_SOCKET
// (sd_notify(3)): READY=1 once it serves, WATCHDOG=1 while it is healthy,
// STOPPING=1 when it shuts down. Outside systemd every call does nothing.
//
// The protocol is one datagram of newline-separated assignments; the
// dozen lines here are simpler to keep than a dependency (the registry
// this project may use holds no well-kept small library for it).
package sdnotify

import (
	"context"
	"fmt"
	"net"
	"os"
	"strconv"
	"time"
)

// Notify sends state ("READY=1", "WATCHDOG=1", ...) to the service
// manager; without $NOTIFY_SOCKET it does nothing and returns nil. A name
// starting with '@' is a Linux abstract socket, which Go's net package
// understands as written.
func Notify(state string) error {
	addr := os.Getenv("NOTIFY_SOCKET")
	if addr == "" {
		return nil
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: addr, Net: "unixgram"})
	if err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(state)); err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	return nil
}

// WatchdogInterval is the unit's WatchdogSec as systemd passes it
// ($WATCHDOG_USEC, for this process when $WATCHDOG_PID says so); 0 when
// there is no watchdog.
func WatchdogInterval() time.Duration {
	if pid := os.Getenv("WATCHDOG_PID"); pid != "" && pid != strconv.Itoa(os.Getpid()) {
		return 0
	}
	usec, err := strconv.ParseInt(os.Getenv("WATCHDOG_USEC"), 10, 64)
	if err != nil || usec <= 0 {
		return 0
	}
	return time.Duration(usec) * time.Microsecond
}

// Watchdog sends WATCHDOG=1 every interval/2 for as long as healthy
// returns nil, until ctx ends. While healthy returns an error it sends
// nothing (and calls unhealthy with it), so a daemon whose work has
// stopped is restarted by systemd once the interval passes, instead of
// answering pings with nothing behind them.
func Watchdog(ctx context.Context, interval time.Duration, healthy func() error, unhealthy func(error)) {
	t := time.NewTicker(interval / 2)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := healthy(); err != nil {
			unhealthy(err)
			continue
		}
		if err := Notify("WATCHDOG=1"); err != nil {
			unhealthy(err)
		}
	}
}
