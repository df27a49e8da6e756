//go:build linux

package compliance

import (
	"time"

	"golang.org/x/sys/unix"
)

// checkCPU is the CPU time the calling thread has used. A growth test
// locks its goroutine to one thread and measures with it, not the wall
// clock (on a busy machine a long check is always shared while a short
// one often runs alone) and not the process's time, which counts the
// garbage collector's background workers on other threads: their work
// follows the heap, not the check, and doubled some growth figures from
// one run to the next (CI failed a linear check at 66 that reads 33 on a
// quiet machine). The thread clock, not getrusage's, whose thread figure
// moves in scheduler ticks.
func checkCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
