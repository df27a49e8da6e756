package web

import (
	"net/http"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/store"
)

// replyData is the reply form: the comment answered and what was typed.
type replyData struct {
	Comment   *store.StoredComment
	Reminder  string
	CanReply  bool
	ReplyNote string
	Body      string
	When, At  string
}

// replyPage opens the form to draft a reply to one comment.
func (s *Server) replyPage(w http.ResponseWriter, r *http.Request) {
	d, err := s.replyTarget(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.When = "next"
	s.render(w, r, http.StatusOK, "reply", "Draft a reply", d, "")
}

// draftReply queues the reply through calendar.DraftReply: the calendar runs
// the checklist in reply-to-review mode and the post then follows the
// usual review and publishing path.
func (s *Server) draftReply(w http.ResponseWriter, r *http.Request) {
	d, err := s.replyTarget(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.Body, d.When, d.At = strings.TrimSpace(r.PostFormValue("body")), r.PostFormValue("when"), r.PostFormValue("at")
	at, next, err := s.schedule(postForm{When: d.When, At: d.At})
	if err == nil && d.Body == "" {
		err = post.Errorf(post.EInvalid, "write the reply first")
	}
	var p *post.Post
	if err == nil {
		p, err = s.cal.DraftReply(r.Context(), calendar.DraftReply{Actor: who(r).actor(),
			PostID: d.Comment.PostID, Channel: d.Comment.Channel, CommentID: d.Comment.Comment.RemoteID,
			Body: d.Body, At: at, NextSlot: next})
	}
	if err != nil {
		s.render(w, r, httpStatus(err), "reply", "Draft a reply", d, s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/posts/"+p.ID, "submitted")
}

// replyTarget reads the comment named by the request's post, channel and
// comment parameters.
func (s *Server) replyTarget(r *http.Request) (replyData, error) {
	postID, channel, remoteID := r.FormValue("post"), r.FormValue("channel"), r.FormValue("comment")
	// A review of the practice belongs to no post: its post is empty.
	if channel == "" || remoteID == "" {
		return replyData{}, post.Errorf(post.EInvalid, "say which comment to answer (post, channel and comment)")
	}
	c, err := s.cal.Comment(r.Context(), postID, channel, remoteID)
	if err != nil {
		return replyData{}, err
	}
	d := replyData{Comment: c}
	if c.HealthDetails {
		d.Reminder = report.Reminder
	}
	d.CanReply, d.ReplyNote = channels.CanReply(s.channelKinds()[channel], c.Comment)
	return d, nil
}
