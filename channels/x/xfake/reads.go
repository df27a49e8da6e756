package xfake

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/practicepost/practicepost/post"
)

// knownTweetFields are the tweet.fields values the fake serves; others are
// refused as X refuses unknown field names.
var knownTweetFields = []string{"id", "text", "created_at", "author_id", "conversation_id", "in_reply_to_user_id",
	"public_metrics", "non_public_metrics", "organic_metrics", "edit_history_tweet_ids", "attachments", "entities", "lang"}

// fields parses tweet.fields; ok is false after answering 400.
func (s *Server) fields(w http.ResponseWriter, r *http.Request) (map[string]bool, bool) {
	out := map[string]bool{}
	if v := r.URL.Query().Get("tweet.fields"); v != "" {
		for _, f := range strings.Split(v, ",") {
			if !slices.Contains(knownTweetFields, f) {
				s.invalid(w, "tweet.fields", "The `tweet.fields` query parameter value ["+f+"] is not one of the allowed values")
				return nil, false
			}
			out[f] = true
		}
	}
	return out, true
}

// render returns t as X serves it with the requested fields. Callers hold s.mu.
func (s *Server) render(t *tweet, fields map[string]bool) map[string]any {
	m := map[string]any{"id": t.ID, "text": t.Text, "edit_history_tweet_ids": []string{t.ID}}
	if fields["created_at"] {
		m["created_at"] = t.CreatedAt.UTC().Format("2006-01-02T15:04:05.000Z")
	}
	if fields["author_id"] {
		m["author_id"] = t.AuthorID
	}
	if fields["conversation_id"] {
		m["conversation_id"] = t.ConversationID
	}
	if fields["in_reply_to_user_id"] && t.InReplyToUser != "" {
		m["in_reply_to_user_id"] = t.InReplyToUser
	}
	mt := t.Metrics
	if fields["public_metrics"] {
		m["public_metrics"] = map[string]int64{s.metric: mt.Reposts, "reply_count": mt.Replies, "like_count": mt.Likes,
			"quote_count": mt.Quotes, "bookmark_count": mt.Bookmarks, "impression_count": mt.Impressions}
	}
	// Non-public metrics: only the author's own posts younger than 30 days.
	if fields["non_public_metrics"] && t.AuthorID == UserID && s.now().Sub(t.CreatedAt) < 30*24*time.Hour {
		m["non_public_metrics"] = map[string]int64{"impression_count": mt.Impressions, "url_link_clicks": mt.Clicks}
	}
	return m
}

// lookupTweets is GET /2/tweets?ids=…
func (s *Server) lookupTweets(w http.ResponseWriter, r *http.Request, _ []byte) action {
	ids := strings.Split(r.URL.Query().Get("ids"), ",")
	if len(ids) < 1 || len(ids) > 100 || ids[0] == "" {
		s.invalid(w, "ids", "ids must hold 1 to 100 comma-separated post ids")
		return answered
	}
	fields, ok := s.fields(w, r)
	if !ok {
		return answered
	}
	var data, errs []map[string]any
	for _, id := range ids {
		if !idPattern.MatchString(id) {
			s.invalid(w, "ids", "The `ids` query parameter value ["+id+"] does not match ^[0-9]{1,19}$")
			return answered
		}
		if t := s.find(id); t != nil {
			data = append(data, s.render(t, fields))
			continue
		}
		errs = append(errs, map[string]any{"value": id, "detail": "Could not find tweet with ids: [" + id + "].",
			"title": "Not Found Error", "resource_type": "tweet", "parameter": "ids", "resource_id": id, "type": typeNotFound})
	}
	out := map[string]any{}
	if data != nil {
		out["data"] = data
	}
	if errs != nil {
		out["errors"] = errs
	}
	writeJSON(w, http.StatusOK, out)
	return answered
}

// usersMe is GET /2/users/me.
func (s *Server) usersMe(w http.ResponseWriter, r *http.Request, _ []byte) action {
	u := s.users[UserID]
	if id, ok := s.tokens.owner[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]; ok {
		u = s.users[id]
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": map[string]any{"id": u.ID, "name": u.Name, "username": u.Username}})
	return answered
}

// page is the common start_time / max_results / token handling of
// timelines and search, newest first. ok is false after answering 400.
func (s *Server) page(w http.ResponseWriter, r *http.Request, all []*tweet, tokenParam string, minResults int) (list []*tweet, next string, ok bool) {
	q := r.URL.Query()
	var start time.Time
	if v := q.Get("start_time"); v != "" {
		t, err := time.Parse(time.RFC3339, v)
		if err != nil {
			s.invalid(w, "start_time", "start_time must be an RFC 3339 time, e.g. 2026-11-26T10:00:00Z")
			return nil, "", false
		}
		start = t
	}
	maxResults := 10
	if v := q.Get("max_results"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < minResults || n > 100 {
			s.invalid(w, "max_results", "max_results must be between "+strconv.Itoa(minResults)+" and 100")
			return nil, "", false
		}
		maxResults = n
	}
	offset := 0
	if v := q.Get(tokenParam); v != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(v, "xfakepage"))
		if err != nil || n < 0 {
			s.invalid(w, tokenParam, "invalid pagination token")
			return nil, "", false
		}
		offset = n
	}
	for i := len(all) - 1; i >= 0; i-- {
		if !all[i].CreatedAt.Before(start) {
			list = append(list, all[i])
		}
	}
	if offset > len(list) {
		offset = len(list)
	}
	list = list[offset:]
	if len(list) > maxResults {
		list, next = list[:maxResults], "xfakepage"+strconv.Itoa(offset+maxResults)
	}
	return list, next, true
}

func (s *Server) writeList(w http.ResponseWriter, list []*tweet, next string, fields map[string]bool, includes map[string]any) {
	meta := map[string]any{"result_count": len(list)}
	out := map[string]any{"meta": meta}
	if len(list) > 0 {
		data := make([]map[string]any, len(list))
		for i, t := range list {
			data[i] = s.render(t, fields)
		}
		out["data"] = data
		meta["newest_id"], meta["oldest_id"] = list[0].ID, list[len(list)-1].ID
	}
	if next != "" {
		meta["next_token"] = next
	}
	if includes != nil {
		out["includes"] = includes
	}
	writeJSON(w, http.StatusOK, out)
}

// userTweets is GET /2/users/{id}/tweets.
func (s *Server) userTweets(w http.ResponseWriter, r *http.Request, _ []byte) action {
	var own []*tweet
	if r.PathValue("id") == UserID {
		own = s.posts
	}
	fields, ok := s.fields(w, r)
	if !ok {
		return answered
	}
	list, next, ok := s.page(w, r, own, "pagination_token", 5)
	if ok {
		s.writeList(w, list, next, fields, nil)
	}
	return answered
}

// searchRecent is GET /2/tweets/search/recent; the fake understands only
// "conversation_id:<id>" queries and keeps X's 7-day window.
func (s *Server) searchRecent(w http.ResponseWriter, r *http.Request, _ []byte) action {
	conv, found := strings.CutPrefix(r.URL.Query().Get("query"), "conversation_id:")
	if !found || !idPattern.MatchString(conv) {
		s.invalid(w, "query", "xfake understands only queries of the form conversation_id:<id>")
		return answered
	}
	fields, ok := s.fields(w, r)
	if !ok {
		return answered
	}
	var matches []*tweet
	for _, t := range append(slices.Clone(s.posts), s.replies...) {
		if t.ConversationID == conv && t.ID != conv && s.now().Sub(t.CreatedAt) < 7*24*time.Hour {
			matches = append(matches, t)
		}
	}
	slices.SortFunc(matches, func(a, b *tweet) int { return a.CreatedAt.Compare(b.CreatedAt) })
	list, next, ok := s.page(w, r, matches, "next_token", 10)
	if !ok {
		return answered
	}
	var includes map[string]any
	if r.URL.Query().Get("expansions") == "author_id" && len(list) > 0 {
		var users []map[string]string
		seen := map[string]bool{}
		for _, t := range list {
			if u, ok := s.users[t.AuthorID]; ok && !seen[u.ID] {
				seen[u.ID] = true
				users = append(users, map[string]string{"id": u.ID, "name": u.Name, "username": u.Username})
			}
		}
		includes = map[string]any{"users": users}
	}
	s.writeList(w, list, next, fields, includes)
	return answered
}

// SetMetrics stores engagement figures for an own post and returns what a
// correct adapter reports: impressions, likes, replies, reposts, and link
// clicks (non-public: nil once the post is 30 days old).
func (s *Server) SetMetrics(remoteID string, m post.Metrics) post.Metrics {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.find(remoteID)
	if t == nil {
		panic("xfake: SetMetrics on unknown post " + remoteID)
	}
	v := func(p *int64) int64 {
		if p == nil {
			return 0
		}
		return *p
	}
	t.Metrics = metrics{Impressions: v(m.Impressions), Likes: v(m.Reactions), Replies: v(m.Comments),
		Reposts: v(m.Shares), Clicks: v(m.Clicks), Quotes: 1, Bookmarks: 2}
	want := post.Metrics{RemoteID: remoteID}
	mt := t.Metrics
	want.Impressions, want.Reactions, want.Comments, want.Shares = &mt.Impressions, &mt.Likes, &mt.Replies, &mt.Reposts
	if s.now().Sub(t.CreatedAt) < 30*24*time.Hour {
		want.Clicks = &mt.Clicks
	}
	return want
}

// AddComment stores a reply by someone else to an own post and returns it
// as a correct adapter reports it.
func (s *Server) AddComment(postRemoteID string, c post.Comment) post.Comment {
	s.mu.Lock()
	defer s.mu.Unlock()
	parent := s.find(postRemoteID)
	if parent == nil {
		panic("xfake: AddComment on unknown post " + postRemoteID)
	}
	if c.AuthorID == "" {
		c.AuthorID = s.newID()
	}
	handle := strings.ToLower(strings.ReplaceAll(c.Author, " ", "_"))
	s.users[c.AuthorID] = user{c.AuthorID, handle, c.Author}
	t := &tweet{ID: s.newID(), Text: escapeText(c.Text), SentText: c.Text, AuthorID: c.AuthorID, ConversationID: parent.ConversationID,
		ReplyTo: parent.ID, InReplyToUser: parent.AuthorID, CreatedAt: s.now().UTC().Truncate(time.Second)}
	s.replies = append(s.replies, t)
	return post.Comment{RemoteID: t.ID, PostRemoteID: postRemoteID, Author: c.Author, AuthorID: c.AuthorID, Text: c.Text,
		At: t.CreatedAt, Mentions: strings.Contains(strings.ToLower(c.Text), "@"+Username)}
}

// Backdate moves an own post's creation time age into the past, to test
// what X serves for old posts.
func (s *Server) Backdate(remoteID string, age time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := s.find(remoteID); t != nil {
		t.CreatedAt = t.CreatedAt.Add(-age)
	}
}

// Account is what Verify must report for the fake's credentials.
func (s *Server) Account() post.Account {
	return post.Account{ID: UserID, Name: Username, URL: "https://x.com/" + Username}
}

func itoa(n int) string     { return strconv.Itoa(n) }
func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
