package main

import (
	"bytes"
	"encoding/csv"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

func (a *App) exportCommand() *cobra.Command {
	var format, out, status string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write posts as CSV or JSON",
		Long: `CSV columns: id, status, author, created_at, due_at, channels, tags, audience,
text, then per delivery "channel:state:remote_id:url" joined by ' | '.
Cells that a spreadsheet would run as a formula (starting with = + - @) get a
leading apostrophe.`,
		Args: exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "csv" && format != "json" {
				return usagef("--format is csv or json")
			}
			var all []*post.Post
			after := ""
			for {
				page, err := call[calendar.ListQuery, []*post.Post](cmd.Context(), a, "ListPosts",
					calendar.ListQuery{Status: postStatus(status), Limit: 1000, After: after})
				if err != nil {
					return err
				}
				all = append(all, page...)
				if len(page) < 1000 {
					break
				}
				after = page[len(page)-1].ID
			}
			// Written only once every page is read: a failed listing must
			// not leave a truncated file behind in place of the last export.
			var buf bytes.Buffer
			var err error
			if format == "json" {
				if all == nil {
					all = []*post.Post{}
				}
				err = printJSON(&buf, all)
			} else {
				err = writePostsCSV(&buf, all)
			}
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = a.Stdout.Write(buf.Bytes())
				return err
			}
			return writePrivate(out, buf.Bytes())
		},
	}
	cmd.Flags().StringVar(&format, "format", "csv", "csv or json")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file (0600) instead of standard output")
	cmd.Flags().StringVar(&status, "status", "", "only posts in this status")
	return cmd
}

func postStatus(s string) post.Status { return post.Status(s) }

func writePostsCSV(w io.Writer, posts []*post.Post) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "status", "author", "created_at", "due_at", "channels", "tags", "audience", "text", "deliveries"})
	for _, p := range posts {
		var ds []string
		chs := make([]string, 0, len(p.Deliveries))
		for c := range p.Deliveries {
			chs = append(chs, c)
		}
		sort.Strings(chs)
		for _, c := range chs {
			d := p.Deliveries[c]
			ds = append(ds, strings.Join([]string{c, string(d.State), d.RemoteID, d.URL}, ":"))
		}
		due := ""
		if t := firstDue(p); !t.IsZero() {
			due = t.UTC().Format(time.RFC3339)
		}
		row := []string{p.ID, string(p.Status), p.Author, p.CreatedAt.UTC().Format(time.RFC3339), due,
			strings.Join(p.Channels, ";"), strings.Join(p.Tags, ";"), string(p.Audience), p.Body, strings.Join(ds, " | ")}
		for i := range row {
			row[i] = neutralizeFormula(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// neutralizeFormula stops a spreadsheet from running a cell as a formula
// (CSV injection): a leading apostrophe makes it text.
func neutralizeFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
