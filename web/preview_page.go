package web

import (
	"maps"
	"net/http"
	"slices"

	"github.com/practicepost/practicepost/channels"
)

// previewShown is how many of the newest records the page shows.
const previewShown = 50

type previewData struct {
	Dir     string
	Posts   []previewPost
	More    int    // records left off the page
	Problem string // records that could not be read
}

// previewPost is one record with how it would look on each network.
type previewPost struct {
	Entry    channels.Posted
	Link     string // only http(s) links are shown
	Networks []channels.Look
}

// previewPage shows what the preview channel "posted", newest first. It
// draws each record through html/template rather than including the
// channel's HTML cards, so nothing on disk is trusted as markup; the looks
// are the same function the cards are drawn from (channels.Looks).
func (s *Server) previewPage(w http.ResponseWriter, r *http.Request) {
	var d previewData
	box := s.outbox()
	if box == nil {
		s.render(w, r, http.StatusOK, "preview", "Preview", d, "")
		return
	}
	d.Dir = box.Folder()
	entries, err := box.Posted(r.Context())
	if err != nil {
		// Posted still returns the readable records; name the problem.
		s.log.Warn("preview records unreadable", "error", err)
		d.Problem = "Some preview records could not be read; the rest are shown. The log names them."
	}
	if len(entries) > previewShown {
		d.More, entries = len(entries)-previewShown, entries[:previewShown]
	}
	for _, e := range entries {
		d.Posts = append(d.Posts, previewPost{Entry: e, Link: safeURL(e.Link), Networks: channels.Looks(e.Text)})
	}
	s.render(w, r, http.StatusOK, "preview", "Preview", d, "")
}

// outbox is the first channel, by id, that keeps its posts to be looked
// at (the preview channel); nil when none does.
func (s *Server) outbox() channels.Outbox {
	for _, id := range slices.Sorted(maps.Keys(s.opt.Channels)) {
		if box, ok := s.opt.Channels[id].(channels.Outbox); ok {
			return box
		}
	}
	return nil
}
