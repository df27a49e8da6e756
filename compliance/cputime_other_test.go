//go:build !unix

package compliance

import "time"

var processStart = time.Now()

// checkCPU falls back to the wall clock where getrusage is missing.
func checkCPU() time.Duration { return time.Since(processStart) }
