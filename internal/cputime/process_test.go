package cputime

import (
	"os"
	"runtime"
	"testing"
	"time"
)

func TestProcessReadsThisProcessCPUTime(t *testing.T) {
	if runtime.GOOS != "linux" {
		if _, ok := Process(os.Getpid()); ok {
			t.Fatal("a CPU time without /proc")
		}
		return
	}
	before, ok := Process(os.Getpid())
	if !ok {
		t.Fatal("no CPU time for this process")
	}
	// spin for a while: the clock ticks are a hundredth of a second
	x := 0
	for start := time.Now(); time.Since(start) < 300*time.Millisecond; {
		x++
	}
	after, _ := Process(os.Getpid())
	if after <= before || after-before > Used() {
		t.Fatalf("CPU time %v then %v (the process used %v in all)", before, after, Used())
	}
	if _, ok := Process(-1); ok {
		t.Fatal("a CPU time for pid -1")
	}
}
