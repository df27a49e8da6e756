package main

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/report"
)

// ReportRequest asks for a report file's bytes.
type ReportRequest struct {
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`
	Channels []string  `json:"channels,omitempty"`
	Tags     []string  `json:"tags,omitempty"`
	Format   string    `json:"format"`
}

// buildReport renders a report in one of the export formats.
func buildReport(ctx context.Context, svc *calendar.Service, practice string, req ReportRequest) ([]byte, error) {
	if !req.To.After(req.From) {
		return nil, post.Errorf(post.EInvalid, "--to must be after --from")
	}
	q := report.Query{From: req.From, To: req.To, Channels: req.Channels, Tags: req.Tags, Location: svc.Location(), PracticeName: practice}
	var buf bytes.Buffer
	switch req.Format {
	case "csv":
		if err := report.WriteCSV(ctx, &buf, svc.Store(), q); err != nil {
			return nil, err
		}
	case "reviews-csv":
		if err := report.WriteReviewsCSV(ctx, &buf, svc.Store(), q); err != nil {
			return nil, err
		}
	case "json", "html":
		r, err := report.Build(ctx, svc.Store(), q)
		if err != nil {
			return nil, err
		}
		if req.Format == "json" {
			err = report.WriteJSON(&buf, r)
		} else {
			err = report.WriteHTML(&buf, r)
		}
		if err != nil {
			return nil, err
		}
	default:
		return nil, post.Errorf(post.EInvalid, "--format is csv, reviews-csv, json or html")
	}
	return buf.Bytes(), nil
}

func (a *App) reportCommand() *cobra.Command {
	var from, to, format, out string
	var channels, tags []string
	cmd := &cobra.Command{
		Use:   "report --from DATE --to DATE --format csv|reviews-csv|json|html -o FILE",
		Short: "Export engagement for a period: CSV (post × channel rows), JSON, or a self-contained HTML report with charts",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			loc := cfg.Practice.Location()
			req := ReportRequest{Channels: channels, Tags: tags, Format: format}
			if req.From, err = parseDate(from, "--from", loc); err != nil {
				return err
			}
			if req.To, err = parseDate(to, "--to", loc); err != nil {
				return err
			}
			req.To = req.To.AddDate(0, 0, 1) // --to is inclusive: the whole day
			data, err := call[ReportRequest, []byte](cmd.Context(), a, "Report", req)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = a.Stdout.Write(data)
				return err
			}
			if err := writePrivate(out, data); err != nil {
				return err
			}
			fmt.Fprintf(a.Stderr, "wrote %s (%d bytes)\n", out, len(data))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&from, "from", "", "first day, YYYY-MM-DD")
	f.StringVar(&to, "to", "", "last day (inclusive), YYYY-MM-DD")
	f.StringVar(&format, "format", "html", "csv, reviews-csv (Google reviews and average stars per channel), json or html")
	f.StringVarP(&out, "output", "o", "", "file to write (0600); default standard output")
	f.StringArrayVar(&channels, "channel", nil, "only this channel (repeatable)")
	f.StringArrayVar(&tags, "tag", nil, "only posts with this tag (repeatable)")
	return cmd
}
