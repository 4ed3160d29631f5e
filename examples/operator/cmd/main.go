package main

import (
	"flag"
	"log"

	"github.com/example-org/example-operator/internal/controller"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

func main() {
	leaderElect := flag.Bool("leader-elect", false, "enable leader election")
	flag.Parse()
	log.Printf("example-operator %s starting (leader election: %v)", version, *leaderElect)
	if err := controller.Run(); err != nil {
		log.Fatal(err)
	}
}
