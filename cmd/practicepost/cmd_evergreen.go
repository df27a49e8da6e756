package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) evergreenCommand() *cobra.Command {
	var days int
	var dry bool
	cmd := &cobra.Command{
		Use:   "evergreen [--days N] [--dry-run]",
		Short: "Re-queue copies of published evergreen posts into free slots (the daemon does this nightly)",
		Long: `Fills the channels' free posting slots of the next --days days with copies of
published posts marked evergreen, never the same post twice within the
configured templates.evergreen_interval. Each copy goes through the checklist
again: a clean one is scheduled, a flagged one waits for review.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			if days == 0 {
				days = max(cfg.Templates.EvergreenDaysAhead, 7)
			}
			posts, err := call[calendar.FillEvergreen, []*post.Post](cmd.Context(), a, "FillEvergreen", calendar.FillEvergreen{
				Actor: actor, Days: days, Interval: cfg.Templates.EvergreenInterval.Duration, DryRun: dry})
			if err != nil {
				return err
			}
			if a.JSON {
				if posts == nil {
					posts = []*post.Post{}
				}
				return printJSON(a.Stdout, posts)
			}
			loc := cfg.Practice.Location()
			var rows [][]string
			for _, p := range posts {
				rows = append(rows, []string{fmtTime(firstDue(p), loc), p.Channels[0], string(p.Status), p.Template[len(calendar.EvergreenCopyPrefix):], oneLine(p.Body, 40)})
			}
			verb := "queued"
			if dry {
				verb = "would queue"
			}
			fmt.Fprintf(a.Stdout, "%s %d evergreen cop(ies)\n", verb, len(posts))
			if len(rows) == 0 {
				return nil
			}
			return table(a.Stdout, "SLOT\tCHANNEL\tSTATUS\tCOPY OF\tTEXT", rows)
		},
	}
	cmd.Flags().IntVar(&days, "days", 0, "how many days ahead to fill (default: templates.evergreen_days_ahead, or 7)")
	cmd.Flags().BoolVar(&dry, "dry-run", false, "show what would be queued; change nothing")
	return cmd
}
