package xfake

import (
	"bytes"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/internal/twittertext"
)

// tweet is one post the fake holds: the practice's own, or a reply by
// someone else.
type tweet struct {
	ID             string
	Text           string // as X answers it: links rewritten to t.co, & < > escaped
	SentText       string // as the client sent it
	AuthorID       string
	ConversationID string
	ReplyTo        string // in_reply_to_tweet_id
	InReplyToUser  string
	MediaIDs       []string
	CreatedAt      time.Time
	Metrics        metrics
}

type metrics struct{ Impressions, Likes, Replies, Reposts, Quotes, Bookmarks, Clicks int64 }

// Allowed keys of the create request, from CreatePostsRequest,
// CreatePostsMedia and CreatePostsReply in the spec (additionalProperties:
// false). spec_test.go checks these lists against x-openapi.json.
var (
	createKeys = []string{"card_uri", "community_id", "direct_message_deep_link", "edit_options", "for_super_followers_only",
		"geo", "made_with_ai", "media", "nullcast", "paid_partnership", "poll", "quote_tweet_id", "reply", "reply_settings",
		"share_with_followers", "text"}
	mediaKeys = []string{"call_to_actions", "description", "embeddable", "media_ids", "preview_media_id", "tagged_user_ids", "title"}
	replyKeys = []string{"auto_populate_reply_metadata", "exclude_reply_user_ids", "in_reply_to_tweet_id"}
)

var idPattern = regexp.MustCompile(`^[0-9]{1,19}$`)

// linkPattern finds what X turns into t.co links: URLs with a scheme and
// bare domains.
var linkPattern = regexp.MustCompile(`(?i)\bhttps?://\S+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?`)

type createRequest struct {
	Text  *string `json:"text"`
	Media *struct {
		MediaIDs []string `json:"media_ids"`
	} `json:"media"`
	Reply *struct {
		InReplyToTweetID string `json:"in_reply_to_tweet_id"`
	} `json:"reply"`
}

// createTweet is POST /2/tweets.
func (s *Server) createTweet(w http.ResponseWriter, r *http.Request, body []byte) action {
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		s.invalid(w, "Content-Type", "Content-Type must be application/json")
		return answered
	}
	if msg := checkKeys(body); msg != "" {
		s.invalid(w, "body", msg)
		return answered
	}
	var req createRequest
	if err := json.Unmarshal(body, &req); err != nil {
		s.invalid(w, "body", "malformed JSON: "+err.Error())
		return answered
	}
	text := ""
	if req.Text != nil {
		text = *req.Text
	}
	if msg := s.checkCreate(req, text); msg != "" {
		s.invalid(w, "body", msg)
		return answered
	}
	now := s.now()
	switch {
	case s.credits:
		s.problem(w, http.StatusPaymentRequired, typeCredits, "Payment Required", "credits depleted")
		return answered
	case !s.dailyCap.IsZero() && now.Before(s.dailyCap):
		s.tooManyRequests(w, s.window.reset, s.dailyCap)
		return answered
	}
	if len(s.faults) > 0 {
		f := s.faults[0]
		s.faults = s.faults[1:]
		return s.fault(w, f)
	}
	if reason := s.refuse(req, text); reason != "" {
		s.problem(w, http.StatusForbidden, "about:blank", "Forbidden", reason)
		return answered
	}
	t := &tweet{ID: s.newID(), SentText: text, Text: escapeText(s.rewriteLinks(text)), AuthorID: UserID, CreatedAt: now.UTC().Truncate(time.Millisecond)}
	t.ConversationID = t.ID
	if req.Reply != nil {
		parent := s.find(req.Reply.InReplyToTweetID)
		t.ReplyTo, t.ConversationID, t.InReplyToUser = parent.ID, parent.ConversationID, parent.AuthorID
	}
	if req.Media != nil {
		t.MediaIDs = append(t.MediaIDs, req.Media.MediaIDs...)
		for _, id := range req.Media.MediaIDs {
			s.uploads[id].used = true
		}
	}
	s.posts = append(s.posts, t)
	if s.lossP > 0 && s.rng.Float64() < s.lossP {
		return drop
	}
	h := w.Header()
	h.Set("x-user-limit-24hour-limit", "100")
	h.Set("x-user-limit-24hour-remaining", itoa(max(0, 100-len(s.posts))))
	h.Set("x-user-limit-24hour-reset", itoa64(now.Add(24*time.Hour).Unix()))
	h.Set("x-app-limit-24hour-limit", "10000")
	h.Set("x-app-limit-24hour-remaining", itoa(max(0, 10000-len(s.posts))))
	h.Set("x-app-limit-24hour-reset", itoa64(now.Add(24*time.Hour).Unix()))
	writeJSON(w, http.StatusCreated, map[string]any{"data": map[string]any{
		"id": t.ID, "text": t.Text, "edit_history_post_ids": []string{t.ID},
	}})
	return answered
}

// escapeText escapes a post's text the way X's v2 API returns it: &, < and
// > become &amp; &lt; &gt; in the "text" field of every answer (the create
// answer and every listing); nothing else is escaped, quotes included.
var escapeText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// checkKeys enforces additionalProperties: false on the request and its
// media and reply objects.
func checkKeys(body []byte) string {
	var top map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&top); err != nil {
		return "the body must be a JSON object: " + err.Error()
	}
	if msg := unknownKey(top, createKeys, ""); msg != "" {
		return msg
	}
	for name, allowed := range map[string][]string{"media": mediaKeys, "reply": replyKeys} {
		raw, ok := top[name]
		if !ok {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return "$." + name + " must be an object"
		}
		if msg := unknownKey(obj, allowed, name+"."); msg != "" {
			return msg
		}
	}
	return ""
}

func unknownKey(obj map[string]json.RawMessage, allowed []string, prefix string) string {
	for k := range obj {
		found := false
		for _, a := range allowed {
			found = found || a == k
		}
		if !found {
			return "$." + prefix + k + ": is not defined in the schema and the schema does not allow additional properties"
		}
	}
	return ""
}

// checkCreate validates the request's shape (400s).
func (s *Server) checkCreate(req createRequest, text string) string {
	if req.Media == nil && strings.TrimSpace(text) == "" {
		return "text is required unless media is given"
	}
	if req.Media != nil {
		if n := len(req.Media.MediaIDs); n < 1 || n > 4 {
			return "media.media_ids must hold 1 to 4 ids"
		}
		for _, id := range req.Media.MediaIDs {
			u, ok := s.uploads[id]
			if !idPattern.MatchString(id) || !ok || !u.finalized || u.used {
				return "media.media_ids: " + id + " is not a finalized, unused upload"
			}
			if u.state != "succeeded" {
				return "media.media_ids: " + id + " is still processing (" + u.state + "); poll its STATUS until succeeded"
			}
		}
	}
	if req.Reply != nil {
		id := req.Reply.InReplyToTweetID
		if !idPattern.MatchString(id) || s.find(id) == nil {
			return "reply.in_reply_to_tweet_id: no post " + id
		}
	}
	return ""
}

// refuse applies X's content rules (403s): duplicates, length, and the 2026
// rule that a reply needs the other author to have mentioned you.
func (s *Server) refuse(req createRequest, text string) string {
	for _, t := range s.posts {
		if t.SentText == text && text != "" {
			return detailDuplicate
		}
	}
	if twittertext.WeightedLength(text) > MaxWeightedLength {
		return detailForbidden
	}
	if req.Reply != nil {
		parent := s.find(req.Reply.InReplyToTweetID)
		if parent.AuthorID != UserID && !strings.Contains(strings.ToLower(parent.Text), "@"+Username) {
			return "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to."
		}
	}
	return ""
}

// fault answers an injected failure. Callers hold s.mu.
func (s *Server) fault(w http.ResponseWriter, f channeltest.Fault) action {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		s.tooManyRequests(w, s.now().Add(f.Wait()), time.Time{})
	case channeltest.FaultServerError:
		s.problem(w, http.StatusServiceUnavailable, "about:blank", "Service Unavailable", "Service Unavailable")
	case channeltest.FaultTimeout:
		return hang
	case channeltest.FaultDuplicate:
		s.problem(w, http.StatusForbidden, "about:blank", "Forbidden", detailDuplicate)
	case channeltest.FaultPermanent:
		s.problem(w, http.StatusForbidden, "about:blank", "Forbidden", detailForbidden)
	case channeltest.FaultAuth:
		s.unauthorized(w)
	default:
		s.problem(w, http.StatusInternalServerError, "about:blank", "Internal Server Error", "xfake: unknown fault kind")
	}
	return answered
}

// rewriteLinks replaces links with t.co links, as X does in returned text.
func (s *Server) rewriteLinks(text string) string {
	return linkPattern.ReplaceAllStringFunc(text, func(string) string {
		const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
		b := make([]byte, 10)
		for i := range b {
			b[i] = alnum[s.rng.IntN(len(alnum))]
		}
		return "https://t.co/" + string(b)
	})
}

// find returns the own post or reply with id, or nil. Callers hold s.mu.
func (s *Server) find(id string) *tweet {
	for _, list := range [][]*tweet{s.posts, s.replies} {
		for _, t := range list {
			if t.ID == id {
				return t
			}
		}
	}
	return nil
}
