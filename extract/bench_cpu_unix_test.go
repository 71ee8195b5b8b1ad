//go:build unix

package extract

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system, so that a
// benchmark can report throughput per CPU second even on a machine shared with other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
