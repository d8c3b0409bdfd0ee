//go:build unix

package berita

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used so far. Unlike wall
// time it does not grow while other programs have the machine's cores,
// so benchmarks and growth tests report it alongside.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
