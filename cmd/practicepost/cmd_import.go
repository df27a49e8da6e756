package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/localapi"
	"github.com/practicepost/practicepost/post"
)

func (a *App) importCommand() *cobra.Command {
	var (
		channels []string
		force    bool
	)
	cmd := &cobra.Command{
		Use:   "import FILE.csv",
		Short: "Queue many posts from a CSV file; a bad row stops the whole file and nothing is written",
		Long: `Columns (header line required, any order):
  text         the post text (required)
  channels     channel ids separated by spaces or ';' (default: --channel)
  at           "2027-02-01 09:00" (practice time) or RFC 3339
  next_slot    true to use each channel's next free slot
  tags         tags separated by ';'
  audience     patients, peers or community
  evergreen    true to allow re-queueing later
  text:<id>    a channel's own text
The same file (by content) is imported once: a second import is refused, with
when and by whom the first was made, unless --force.`,
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fi, err := os.Stat(args[0])
			if err != nil {
				return usagef("cannot read %s: %v", args[0], err)
			}
			if fi.Size() > 64<<20 {
				return usagef("%s is larger than 64 MB; split it", args[0])
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			actor, err := a.actor(cmd.Context())
			if err != nil {
				return err
			}
			res, err := call[calendar.ImportCSV, *calendar.ImportResult](cmd.Context(), a, "ImportCSV",
				calendar.ImportCSV{Actor: actor, Name: filepath.Base(args[0]), Data: data, DefaultChannels: channels, Force: force})
			if localapi.IsUnreachable(err) {
				// The daemon may have committed every row before the
				// connection dropped: a blind retry would queue them all
				// twice (it is refused, by the file's hash, unless --force).
				return &post.Error{Code: post.EConflict, Err: err, Message: fmt.Sprintf(
					"the daemon stopped answering during the import, so its outcome is unknown: check `post list` before anything else "+
						"(importing %s again is refused if it was stored; import id %s)", filepath.Base(args[0]), calendar.ImportID(data)[:12])}
			}
			if err != nil {
				return err
			}
			if a.JSON {
				return printJSON(a.Stdout, res)
			}
			counts := map[post.Status]int{}
			for _, p := range res.Posts {
				counts[p.Status]++
			}
			fmt.Fprintf(a.Stdout, "imported %d posts: %d scheduled, %d approved without a time, %d waiting for review, %d other\n",
				len(res.Posts), counts[post.StatusScheduled], counts[post.StatusApproved], counts[post.StatusNeedsReview],
				len(res.Posts)-counts[post.StatusScheduled]-counts[post.StatusApproved]-counts[post.StatusNeedsReview])
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&channels, "channel", nil, "channel for rows with no channels column (repeatable)")
	cmd.Flags().BoolVar(&force, "force", false, "import a file that was imported before")
	return cmd
}
