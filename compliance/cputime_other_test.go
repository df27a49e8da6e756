//go:build !unix

package compliance

import "time"

var processStart = time.Now()

// processCPU falls back to the wall clock where getrusage is missing.
func processCPU() time.Duration { return time.Since(processStart) }
