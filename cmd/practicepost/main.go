// Command practicepost runs a medical practice's social media calendar: the
// daemon (`serve`) and the commands an admin or a script uses on it.
//
// Exit codes (also in the README):
//
//	0  success (for `check`: the post passes)
//	1  an internal error (see the message; the store is unchanged)
//	2  bad input or usage: fix the command or the file and run it again
//	3  not found
//	4  conflict: the post or setting is in a state that forbids this
//	5  forbidden: the user's role does not allow it
//	6  the database is locked by another practicepost process
//	10 `check`: the post needs a doctor's review (warnings)
//	11 `check`: the post is blocked as written
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/post"
)

// Exit codes.
const (
	exitOK        = 0
	exitInternal  = 1
	exitInvalid   = 2
	exitNotFound  = 3
	exitConflict  = 4
	exitForbidden = 5
	exitLocked    = 6
	exitReview    = 10
	exitBlock     = 11
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// exitError carries a specific exit code out of a command.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &App{Stdout: stdout, Stderr: stderr, Stdin: stdin}
	root := app.rootCommand()
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	app.close()
	if err == nil {
		return exitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(stderr, "practicepost:", post.ErrorMessage(err))
	return exitCode(err)
}

func exitCode(err error) int {
	switch post.ErrorCode(err) {
	case post.EInvalid:
		return exitInvalid
	case post.ENotFound:
		return exitNotFound
	case post.EConflict:
		return exitConflict
	case post.EForbidden:
		return exitForbidden
	case post.ELocked:
		return exitLocked
	}
	if isUsage(err) {
		return exitInvalid
	}
	return exitInternal
}

type usageError struct{ error }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func usagef(format string, args ...any) error {
	return post.Errorf(post.EInvalid, format, args...)
}

func (a *App) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "practicepost",
		Short:         "A medical practice's social media calendar, checked before anything goes out",
		SilenceUsage:  true,
		SilenceErrors: true,
		Long: `practicepost queues a practice's posts in a content calendar, checks every draft
for patient privacy, accuracy and professional image, sends flagged drafts to a
doctor, and publishes approved posts on schedule to X, Facebook Pages and LinkedIn.

Every command works whether or not the daemon (practicepost serve) is running.`,
	}
	root.PersistentFlags().StringVarP(&a.ConfigPath, "config", "c", "", "config file (default $PRACTICEPOST_CONFIG, then ./config.toml)")
	root.PersistentFlags().StringVar(&a.As, "as", "", "act as this practicepost user (required for review decisions)")
	root.PersistentFlags().BoolVar(&a.JSON, "json", false, "print JSON for scripts instead of tables")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		a.initCommand(), a.serveCommand(), a.postCommand(), a.reviewCommand(), a.calendarCommand(),
		a.importCommand(), a.exportCommand(), a.authorizationCommand(), a.backupCommand(), a.restoreCommand(),
		a.auditCommand(), a.configCommand(), a.checkCommand(), a.userCommand(), a.stopCommand(),
		a.resumeCommand(), a.templatesCommand(), a.planCommand(), a.reportCommand(), a.channelsCommand(), a.evergreenCommand(),
		a.versionCommand(), a.doctorCommand(), a.migrateCommand(),
	)
	refuseUnknownSubcommands(root)
	root.SetOut(a.Stdout) // help and completion go where the caller's output goes
	root.SetErr(a.Stderr)
	return root
}

// refuseUnknownSubcommands makes `practicepost post bogus` (and `practicepost
// bogus`) a usage error, exit 2, as the README promises: left alone, cobra
// prints the group's help and exits 0, which a script takes for success.
// A group named alone still prints its help.
func refuseUnknownSubcommands(c *cobra.Command) {
	for _, sub := range c.Commands() {
		refuseUnknownSubcommands(sub)
	}
	if !c.HasSubCommands() || c.Runnable() {
		return
	}
	c.Args = cobra.ArbitraryArgs
	c.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
		cmd.SuggestionsMinimumDistance = 2
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			msg += "; did you mean " + s[0] + "?"
		}
		return usageError{fmt.Errorf("%s (see %s --help)", msg, cmd.CommandPath())}
	}
}
