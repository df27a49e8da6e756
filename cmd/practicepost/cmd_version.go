package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost"
)

func (a *App) versionCommand() *cobra.Command {
	var licenses bool
	cmd := &cobra.Command{
		Use:   "version [--licenses]",
		Short: "Print the version, or with --licenses the licence and third-party notices",
		Long: `Prints practicepost's version, the commit it was built from and the Go version.
With --licenses, prints what the binary's licences ask to be passed on with it:
practicepost's own licence (Apache-2.0), NOTICE, and THIRD_PARTY.md, which
lists every Go module and every piece of outside data built into the binary
with its source, version and licence text.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if licenses {
				return printLicenses(a.Stdout)
			}
			_, err := fmt.Fprintln(a.Stdout, versionLine())
			return err
		},
	}
	cmd.Flags().BoolVar(&licenses, "licenses", false, "print the licence, NOTICE and the third-party record")
	return cmd
}

// versionLine reads the version Go stamped into the binary: the module
// version (a tag, or a pseudo-version), the commit and whether the tree had
// uncommitted changes.
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "practicepost (no build information)"
	}
	line := "practicepost " + bi.Main.Version
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev != "" {
		line += ", commit " + rev
		if modified == "true" {
			line += " with local changes"
		}
	}
	return line + ", " + bi.GoVersion
}

func printLicenses(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%s\n\n%s\n\n%s", practicepost.Notice, practicepost.License, practicepost.ThirdParty)
	return err
}
