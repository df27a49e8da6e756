package main

import (
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

func (a *App) checkCommand() *cobra.Command {
	var channels []string
	var replyTo, format string
	cmd := &cobra.Command{
		Use:   "check FILE|-",
		Short: "Run the compliance checklist on a text; exit 0 only when it passes",
		Long: `Runs the checklist on the text in FILE (or standard input with -) for the
configured channels (or --channel ones). With --reply-to REVIEW_FILE the text is
checked as a reply to that review (never confirm someone is a patient).

Exit codes: 0 pass, 10 needs a doctor's review, 11 blocked, 2 bad input.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format is text or json")
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			text, err := readInput(a.Stdin, args[0])
			if err != nil {
				return err
			}
			if err := post.ValidateText("the text", text); err != nil {
				return err
			}
			d := compliance.Draft{Text: text}
			if len(channels) == 0 {
				for _, c := range cfg.Channels {
					channels = append(channels, c.ID)
				}
			}
			for _, id := range channels {
				c, ok := cfg.Channel(id)
				if !ok {
					return usagef("unknown channel %q", id)
				}
				d.Channels = append(d.Channels, calendar.Target(c.ID, c.Kind))
			}
			if replyTo != "" {
				if d.ReviewText, err = readInput(a.Stdin, replyTo); err != nil {
					return err
				}
				// The review is read like the text: no byte is checked as
				// U+FFFD or printed to the terminal as a control sequence.
				if err := post.CheckBytes("the review", d.ReviewText); err != nil {
					return err
				}
			}
			checker, err := newChecker(cfg)
			if err != nil {
				return err
			}
			r := checker.Check(cmd.Context(), d)
			if format == "json" {
				err = compliance.WriteJSON(a.Stdout, r)
			} else {
				err = compliance.WriteText(a.Stdout, d, r)
			}
			if err != nil {
				return err
			}
			switch r.Verdict {
			case post.VerdictBlock:
				return exitError{exitBlock}
			case post.VerdictReview:
				return exitError{exitReview}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&channels, "channel", nil, "check for this channel's limits (repeatable; default all configured)")
	cmd.Flags().StringVar(&replyTo, "reply-to", "", "file with the review or comment this text answers")
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

// readInput reads a file, or standard input for "-", up to 1 MB more than
// a post may hold so that too-long input is reported, not truncated.
func readInput(stdin io.Reader, name string) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", usagef("cannot read %s: %v", name, err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, 2<<20))
	return string(b), err
}
