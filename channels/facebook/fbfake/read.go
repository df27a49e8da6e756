package fbfake

import (
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// graphTime is how the Graph API writes times.
const graphTime = "2006-01-02T15:04:05-0700"

// validMetrics are post insights metrics Facebook still serves; the
// post_impressions* family was removed in 2026.
var validMetrics = []string{"post_media_view", "post_total_media_view_unique", "post_clicks", "post_clicks_by_type", "post_reactions_like_total", "post_reactions_by_type_total"}

// fieldSet parses a fields parameter, whose entries may carry modifiers
// such as reactions.summary(total_count).limit(0), into base name → entry.
func fieldSet(raw, def string) map[string]string {
	if raw == "" {
		raw = def
	}
	out := map[string]string{}
	depth, start := 0, 0
	for i := 0; i <= len(raw); i++ {
		if i < len(raw) {
			switch raw[i] {
			case '(', '{':
				depth++
				continue
			case ')', '}':
				depth--
				continue
			case ',':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		entry := strings.TrimSpace(raw[start:i])
		start = i + 1
		if entry == "" {
			continue
		}
		name := entry
		if j := strings.IndexAny(name, ".{("); j >= 0 {
			name = name[:j]
		}
		out[name] = entry
	}
	return out
}

// page returns one page of items after the cursor in r's "after" and the
// paging object.
func pageOf[T any](r *http.Request, items []T) ([]T, map[string]any) {
	limit, err := strconv.Atoi(r.Form.Get("limit"))
	if err != nil || limit <= 0 || limit > 100 {
		limit = 25
	}
	start := 0
	if a := r.Form.Get("after"); a != "" {
		start, _ = strconv.Atoi(strings.TrimPrefix(a, "cursor-")) // a bad cursor starts over
	}
	start = min(max(start, 0), len(items))
	end := min(start+limit, len(items))
	paging := map[string]any{"cursors": map[string]string{"before": "cursor-" + strconv.Itoa(start), "after": "cursor-" + strconv.Itoa(end)}}
	if end < len(items) {
		next := *r.URL
		q := next.Query()
		q.Set("after", "cursor-"+strconv.Itoa(end))
		next.RawQuery = q.Encode()
		paging["next"] = "https://graph.facebook.com" + next.String()
	}
	return items[start:end], paging
}

func unixParam(r *http.Request, name string) (time.Time, bool) {
	v := r.Form.Get(name)
	if v == "" {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(n, 0), true
}

// publishedPosts is GET /{page-id}/published_posts, newest first.
func (s *Server) publishedPosts(w http.ResponseWriter, r *http.Request, who caller) {
	if who != callerPage {
		writeErr(w, http.StatusBadRequest, errNeedsPageToken())
		return
	}
	fields := fieldSet(r.Form.Get("fields"), "id,message,created_time")
	since, hasSince := unixParam(r, "since")
	var items []map[string]any
	s.mu.Lock()
	for i := len(s.posts) - 1; i >= 0; i-- {
		p := s.posts[i]
		if hasSince && p.created.Before(since) {
			continue
		}
		items = append(items, s.postFields(p, fields))
	}
	s.mu.Unlock()
	data, paging := pageOf(r, items)
	if data == nil {
		data = []map[string]any{}
	}
	usageHeader(w, 3, 0)
	writeJSON(w, http.StatusOK, map[string]any{"data": data, "paging": paging})
}

// postFields renders the requested fields of p. Callers hold s.mu.
func (s *Server) postFields(p *fbPost, fields map[string]string) map[string]any {
	m := s.servedMetrics(p)
	out := map[string]any{"id": p.id}
	for name, entry := range fields {
		switch name {
		case "message":
			if p.message != "" {
				out["message"] = p.message
			}
		case "created_time":
			out["created_time"] = p.created.Format(graphTime)
		case "permalink_url":
			out["permalink_url"] = "https://www.facebook.com/" + PageID + "/posts/" + p.id[len(PageID)+1:]
		case "shares":
			// Absent, not zero, when nobody shared.
			if m.Shares != nil {
				out["shares"] = map[string]int64{"count": *m.Shares}
			}
		case "reactions", "comments":
			n := *m.Reactions
			if name == "comments" {
				n = *m.Comments
			}
			edge := map[string]any{"data": []any{}}
			if strings.Contains(entry, "summary(total_count)") || strings.Contains(entry, "summary(true)") {
				edge["summary"] = map[string]any{"total_count": n}
			}
			out[name] = edge
		}
	}
	return out
}

// getPost is GET /{post-id}.
func (s *Server) getPost(w http.ResponseWriter, r *http.Request, who caller, id string) {
	s.mu.Lock()
	p := s.findPost(id)
	var out map[string]any
	if p != nil {
		out = s.postFields(p, fieldSet(r.Form.Get("fields"), "id,message,created_time"))
	}
	s.mu.Unlock()
	if p == nil || who == callerApp {
		writeNoObject(w, id)
		return
	}
	usageHeader(w, 3, 0)
	writeJSON(w, http.StatusOK, out)
}

func writeNoObject(w http.ResponseWriter, id string) {
	writeErr(w, http.StatusBadRequest, graphErr{Type: "GraphMethodException", Code: 100, Subcode: 33,
		Message: "Unsupported get request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."})
}

// getInsights is GET /{post-id}/insights. One invalid metric fails the
// whole call, as on Facebook.
func (s *Server) getInsights(w http.ResponseWriter, r *http.Request, who caller, id string) {
	if who != callerPage {
		writeErr(w, http.StatusBadRequest, errNeedsPageToken())
		return
	}
	metrics := strings.Split(r.Form.Get("metric"), ",")
	for _, name := range metrics {
		if !slices.Contains(validMetrics, strings.TrimSpace(name)) {
			writeErr(w, http.StatusBadRequest, errParam("The value must be a valid insights metric"))
			return
		}
	}
	s.mu.Lock()
	p := s.findPost(id)
	var data []map[string]any
	if p != nil {
		m := s.servedMetrics(p)
		for _, name := range metrics {
			var v int64
			switch strings.TrimSpace(name) {
			case "post_media_view":
				v = *m.Impressions
			case "post_clicks":
				v = *m.Clicks
			}
			data = append(data, map[string]any{"name": name, "period": "lifetime", "values": []map[string]int64{{"value": v}}, "id": id + "/insights/" + name + "/lifetime"})
		}
	}
	s.mu.Unlock()
	if p == nil {
		writeNoObject(w, id)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data})
}

// getComments is GET /{post-id}/comments.
func (s *Server) getComments(w http.ResponseWriter, r *http.Request, who caller, id string) {
	if who == callerApp {
		writeNoObject(w, id)
		return
	}
	fields := fieldSet(r.Form.Get("fields"), "id,message,created_time")
	since, hasSince := unixParam(r, "since")
	s.mu.Lock()
	p := s.findPost(id)
	var items []map[string]any
	if p != nil {
		for _, c := range p.comments {
			if hasSince && c.At.Before(since) {
				continue
			}
			item := map[string]any{"id": c.RemoteID}
			if _, ok := fields["message"]; ok {
				item["message"] = c.Text
			}
			if _, ok := fields["created_time"]; ok {
				item["created_time"] = c.At.Format(graphTime)
			}
			if _, ok := fields["from"]; ok && who == callerPage {
				// Commenters' identities need the Page token.
				item["from"] = map[string]string{"id": c.AuthorID, "name": c.Author}
			}
			if _, ok := fields["message_tags"]; ok && c.Mentions {
				item["message_tags"] = []map[string]any{{"id": PageID, "name": PageName, "type": "page", "offset": 0, "length": len(PageName)}}
			}
			items = append(items, item)
		}
	}
	s.mu.Unlock()
	if p == nil {
		writeNoObject(w, id)
		return
	}
	if r.Form.Get("order") == "reverse_chronological" {
		slices.Reverse(items)
	}
	data, paging := pageOf(r, items)
	if data == nil {
		data = []map[string]any{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": data, "paging": paging})
}
