package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/report"
	"github.com/practicepost/practicepost/store"
)

func TestInboxAndDraftReply(t *testing.T) {
	e := newTestEnv(t, storeOpts())
	at := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	comment := func(id, text string, mentions, health bool) store.StoredComment {
		return store.StoredComment{HealthDetails: health, Comment: post.Comment{RemoteID: id, Author: "Pat " + id, AuthorID: "u-" + id,
			Text: text, At: at.Add(time.Hour), Mentions: mentions}}
	}
	onX := e.seedPublished(at, "Flu shots are in this week.", nil, "x", nil,
		comment("x1", "My insulin dose changed last week, thanks for the tip", true, true),
		comment("x2", "Great tip!", false, false))
	onFB := e.seedPublished(at, "New office hours.", nil, "fb", nil, comment("f1", "Are you open on Saturdays?", false, false))
	token, csrf := e.session("sam")

	inbox := readBody(t, e.do(http.MethodGet, "/inbox", token, nil))
	for _, want := range []string{report.Reminder[:40], "X only allows replies", "Are you open on Saturdays?", "/inbox/reply?channel=fb"} {
		if !strings.Contains(inbox, strings.ReplaceAll(want, "'", "&#39;")) {
			t.Errorf("the inbox lacks %q", want)
		}
	}
	flagged := readBody(t, e.do(http.MethodGet, "/inbox?flagged=1", token, nil))
	if strings.Contains(flagged, "Are you open") || !strings.Contains(flagged, "insulin") {
		t.Error("the health filter does not keep only the flagged comment")
	}
	form := readBody(t, e.do(http.MethodGet, "/inbox/reply?"+url.Values{"post": {onX.ID}, "channel": {"x"}, "comment": {"x1"}}.Encode(), token, nil))
	if !strings.Contains(form, "Do not confirm") || !strings.Contains(form, `name="body"`) {
		t.Error("the reply form for a flagged comment lacks the reminder or the text box")
	}

	reply := func(postID, channel, comment, body string) *http.Response {
		return e.do(http.MethodPost, "/inbox/reply", token, url.Values{"csrf": {csrf}, "post": {postID}, "channel": {channel},
			"comment": {comment}, "body": {body}, "when": {""}})
	}
	cases := []struct {
		name                    string
		postID, channel, remote string
		body                    string
		status                  int
	}{
		{"empty reply", onFB.ID, "fb", "f1", " ", http.StatusBadRequest},
		{"X comment without a mention", onX.ID, "x", "x2", "Thank you!", http.StatusBadRequest},
		{"unknown comment", onFB.ID, "fb", "nope", "Thank you!", http.StatusNotFound},
		{"reply on Facebook", onFB.ID, "fb", "f1", "Yes, from 9 to noon. See you then!", http.StatusSeeOther},
		{"a second reply", onFB.ID, "fb", "f1", "Yes!", http.StatusConflict},
	}
	var replyID string
	for _, tc := range cases {
		resp := reply(tc.postID, tc.channel, tc.remote, tc.body)
		if resp.StatusCode != tc.status {
			t.Fatalf("%s: status %d, want %d: %s", tc.name, resp.StatusCode, tc.status, readBody(t, resp))
		}
		if loc := resp.Header.Get("Location"); tc.status == http.StatusSeeOther {
			replyID, _, _ = strings.Cut(strings.TrimPrefix(loc, "/posts/"), "?")
		}
	}
	var p *post.Post
	err := e.db.View(context.Background(), func(tx store.Tx) error {
		var err error
		p, err = tx.Post(replyID)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if p.Reply == nil || p.Reply.RemoteID != "f1" || p.Check == nil || len(p.Channels) != 1 || p.Channels[0] != "fb" {
		t.Errorf("the reply post: reply %+v, channels %v, checked %v", p.Reply, p.Channels, p.Check != nil)
	}
	if inbox := readBody(t, e.do(http.MethodGet, "/inbox", token, nil)); !strings.Contains(inbox, `href="/posts/`+replyID+`"`) {
		t.Error("the inbox does not link the drafted reply")
	}
}
