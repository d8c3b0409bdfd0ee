//go:build !unix

package berita

import "time"

// cpuTime returns 0 where the process CPU time is not at hand: callers
// then measure wall time only.
func cpuTime() time.Duration { return 0 }
