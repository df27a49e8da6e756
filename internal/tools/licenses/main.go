// Command licenses rewrites NOTICE and THIRD_PARTY.md from `go list` and the
// SOURCES.toml files, or with -check only verifies them. Run it from the
// repository root after adding a dependency or an embedded file:
//
//	go run ./internal/tools/licenses
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/practicepost/practicepost/internal/licenses"
)

func main() {
	check := flag.Bool("check", false, "only check that NOTICE and THIRD_PARTY.md are up to date")
	root := flag.String("root", ".", "repository root")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	opt := licenses.Options{Binary: "./cmd/practicepost"}
	run := licenses.Write
	if *check {
		run = licenses.Check
	}
	if err := run(ctx, *root, opt); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
