package web

import (
	"net/http"
	"net/url"

	"github.com/practicepost/practicepost/report"
)

type inboxData struct {
	Items       []report.InboxItem
	OnlyFlagged bool
	Unanswered  bool
}

// inboxPage lists comments newest first. A comment revealing the
// commenter's health carries the reminder not to confirm they are a
// patient; each says whether a reply can go through practicepost.
func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := inboxData{OnlyFlagged: q.Get("flagged") != "", Unanswered: q.Get("unanswered") != ""}
	items, err := report.Inbox(r.Context(), s.db, report.InboxQuery{OnlyFlagged: d.OnlyFlagged, Unanswered: d.Unanswered,
		Limit: 200, Kinds: s.channelKinds()})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.Items = items
	s.render(w, r, http.StatusOK, "inbox", "Feedback inbox", d, "")
}

// channelKinds maps channel ids to kinds, which decide where a reply is
// possible (channels.CanReply).
func (s *Server) channelKinds() map[string]string {
	out := map[string]string{}
	for _, c := range s.cal.Channels() {
		out[c.ID] = c.Kind
	}
	return out
}

// replyLink is the address of the reply form for one comment; remote ids
// are the platforms' and may hold anything, so they travel as a query.
func replyLink(it report.InboxItem) string {
	return "/inbox/reply?" + url.Values{"post": {it.PostID}, "channel": {it.Channel}, "comment": {it.Comment.RemoteID}}.Encode()
}
