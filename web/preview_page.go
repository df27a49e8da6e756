package web

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/channels/x"
)

// Network limits the preview shows (PLATFORMS.md), as the preview
// channel's own card does: X counts twitter-text weights, Facebook and
// LinkedIn characters, and LinkedIn folds long text behind "see more".
const (
	previewFacebookMax  = 63206
	previewLinkedInMax  = 3000
	previewLinkedInFold = 210
	previewShown        = 50 // newest records on the page
)

type previewData struct {
	Dir     string
	Posts   []previewPost
	More    int    // records left off the page
	Problem string // records that could not be read
}

// previewPost is one record with its three network renderings.
type previewPost struct {
	Entry    preview.Entry
	Link     string // only http(s) links are shown
	Networks []previewNetwork
}

type previewNetwork struct {
	Name    string
	Text    string
	Folded  string // LinkedIn: what shows before "see more"
	Count   int
	Max     int
	TooLong bool
}

// previewPage shows what the preview channel "posted", newest first. It
// draws each record's JSON through html/template rather than including the
// channel's HTML cards, so nothing on disk is trusted as markup.
func (s *Server) previewPage(w http.ResponseWriter, r *http.Request) {
	d := previewData{Dir: s.opt.PreviewDir}
	if d.Dir == "" {
		s.render(w, r, http.StatusOK, "preview", "Preview", d, "")
		return
	}
	entries, err := preview.List(d.Dir)
	if err != nil {
		// List still returns the readable records; name the problem.
		s.log.Warn("preview records unreadable", "error", err)
		d.Problem = "Some preview records could not be read; the rest are shown. The log names them."
	}
	if len(entries) > previewShown {
		d.More, entries = len(entries)-previewShown, entries[:previewShown]
	}
	for _, e := range entries {
		d.Posts = append(d.Posts, previewPost{Entry: e, Link: safeURL(e.Link), Networks: networkLooks(e.Text)})
	}
	s.render(w, r, http.StatusOK, "preview", "Preview", d, "")
}

// networkLooks is how text would show on X, Facebook and LinkedIn.
func networkLooks(text string) []previewNetwork {
	xn := x.WeightedLength(text)
	n := utf8.RuneCountInString(text)
	li := previewNetwork{Name: "LinkedIn", Text: text, Count: n, Max: previewLinkedInMax, TooLong: n > previewLinkedInMax}
	if n > previewLinkedInFold {
		li.Folded = strings.TrimSpace(string([]rune(text)[:previewLinkedInFold]))
	}
	return []previewNetwork{
		{Name: "X", Text: text, Count: xn, Max: x.MaxWeightedLength, TooLong: xn > x.MaxWeightedLength},
		{Name: "Facebook", Text: text, Count: n, Max: previewFacebookMax, TooLong: n > previewFacebookMax},
		li,
	}
}
