package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/practicepost/practicepost/post"
)

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table writes aligned columns.
func table(w io.Writer, header string, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}

// oneLine shortens text for a table cell: first line, at most n runes.
func oneLine(s string, n int) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i] + " …"
	}
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func fmtTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "-"
	}
	return t.In(loc).Format("Mon 2 Jan 2006 15:04")
}

// firstDue is the earliest delivery time of a post.
func firstDue(p *post.Post) time.Time {
	var first time.Time
	for _, d := range p.Deliveries {
		if !d.DueAt.IsZero() && (first.IsZero() || d.DueAt.Before(first)) {
			first = d.DueAt
		}
	}
	return first
}

// createPrivate opens path for writing, owner-only. Reports and exports
// carry post text: a file that already existed with a looser mode (0644
// from an earlier download, say) is tightened too, since os.OpenFile's mode
// only applies to new files. A path that cannot be written is bad input.
func createPrivate(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, post.Errorf(post.EInvalid, "cannot write %s: %w", path, err)
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return nil, post.Errorf(post.EInvalid, "cannot make %s private: %w", path, err)
	}
	return f, nil
}

// writePrivate writes data to path through createPrivate.
func writePrivate(path string, data []byte) error {
	f, err := createPrivate(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
