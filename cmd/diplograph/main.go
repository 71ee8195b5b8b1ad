// Command diplograph turns news articles about international affairs into a knowledge
// graph in Neo4j and answers analysts' questions about it.
package main

import (
	"os"
	"runtime/debug"
)

// heapSoftLimit is the heap size past which the garbage collector works harder, unless
// GOMEMLIMIT sets another: extraction's garbage would otherwise let the heap swing by
// tens of megabytes from run to run (1,024 articles peaked at 234 to 297 MB).
const heapSoftLimit = 200 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(heapSoftLimit)
	}
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
