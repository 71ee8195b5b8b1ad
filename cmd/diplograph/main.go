// Command diplograph turns news articles about international affairs into a knowledge
// graph in Neo4j and answers analysts' questions about it.
package main

import "os"

func main() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
