//go:build unix && !linux

package compliance

import (
	"syscall"
	"time"
)

// checkCPU is the CPU time this process has used, user and system. A
// growth test measures with it rather than the wall clock: on a machine
// busy with other work a long check is always shared with it while a
// short one often runs alone, which makes wall-clock growth look
// quadratic. No other test of the package runs while a sequential test
// does, so the process's time is the check's (and its garbage
// collection's).
func checkCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
