package gbpfake

import (
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels/channeltest"
)

var starNames = []string{"STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE"}

// json is the Review as Google answers it; callers hold s.mu.
func (rv *gReview) json() map[string]any {
	stars := starNames[0]
	if rv.stars >= 1 && rv.stars <= 5 {
		stars = starNames[rv.stars]
	}
	reviewer := map[string]any{"displayName": rv.author, "profilePhotoUrl": "https://lh3.googleusercontent.com/a/fake"}
	if rv.anonymous {
		reviewer = map[string]any{"isAnonymous": true}
	}
	out := map[string]any{
		"name": rv.name, "reviewId": rv.id, "reviewer": reviewer, "starRating": stars,
		"createTime": rv.created.Format(time.RFC3339Nano), "updateTime": rv.updated.Format(time.RFC3339Nano),
	}
	if rv.comment != "" {
		out["comment"] = rv.comment
	}
	if rv.reply != "" {
		out["reviewReply"] = map[string]any{"comment": rv.reply, "updateTime": rv.replyAt.Format(time.RFC3339Nano)}
	}
	return out
}

// listReviews is GET /v4/{location}/reviews: pageSize up to 50, orderBy
// "updateTime desc" (the default), "rating" or "rating desc".
func (s *Server) listReviews(w http.ResponseWriter, r *http.Request) {
	size, start, e := paging(r, 50, 50)
	if e != nil {
		writeErr(w, *e)
		return
	}
	order := r.URL.Query().Get("orderBy")
	if order != "" && order != "updateTime desc" && order != "rating" && order != "rating desc" {
		writeErr(w, invalid("Invalid orderBy: "+order))
		return
	}
	s.mu.Lock()
	idx := make([]*gReview, len(s.reviews))
	copy(idx, s.reviews)
	sortReviews(idx, order)
	all := make([]map[string]any, 0, len(idx))
	sum := 0
	for _, rv := range idx {
		all = append(all, rv.json())
		sum += rv.stars
	}
	s.mu.Unlock()
	start = min(start, len(all))
	end := min(start+size, len(all))
	ans := map[string]any{"totalReviewCount": len(all)}
	if len(all) > 0 {
		ans["reviews"] = all[start:end]
		ans["averageRating"] = float64(sum) / float64(len(all))
	}
	if end < len(all) {
		ans["nextPageToken"] = strconv.Itoa(end)
	}
	writeJSON(w, 200, ans)
}

func sortReviews(rs []*gReview, order string) {
	less := func(a, b *gReview) bool { return a.updated.After(b.updated) }
	switch order {
	case "rating":
		less = func(a, b *gReview) bool { return a.stars < b.stars }
	case "rating desc":
		less = func(a, b *gReview) bool { return a.stars > b.stars }
	}
	// Stable insertion sort: few reviews, and equal keys keep their order.
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && less(rs[j], rs[j-1]); j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func (s *Server) findReview(name string) *gReview {
	return channeltest.Find(s.reviews, func(rv *gReview) bool { return rv.name == name })
}

// getReview is GET /v4/{location}/reviews/{id}.
func (s *Server) getReview(w http.ResponseWriter, name string) {
	s.get(w, func() map[string]any {
		if rv := s.findReview(name); rv != nil {
			return rv.json()
		}
		return nil
	})
}

// putReply is PUT /v4/{location}/reviews/{id}/reply with a ReviewReply:
// it creates or replaces the reply and answers the ReviewReply.
func (s *Server) putReply(w http.ResponseWriter, r *http.Request, name string) {
	raw, _ := readBody(r)
	var req struct {
		Comment string `json:"comment"`
	}
	if e := decodeStrict(raw, &req, "review_reply"); e != nil {
		writeErr(w, *e)
		return
	}
	if strings.TrimSpace(req.Comment) == "" || utf8.RuneCountInString(req.Comment) > 4096 {
		writeErr(w, invalid("Request contains an invalid argument.", validation("comment", "The reply must be 1 to 4096 characters.")))
		return
	}
	s.mu.Lock()
	rv := s.findReview(name)
	if rv == nil {
		s.mu.Unlock()
		writeErr(w, notFound())
		return
	}
	fault, lose := s.Next()
	var out map[string]any
	if fault == nil {
		rv.reply, rv.replyAt = req.Comment, s.Now().UTC().Truncate(time.Millisecond)
		s.replyPuts[name]++
		out = map[string]any{"comment": rv.reply, "updateTime": rv.replyAt.Format(time.RFC3339Nano)}
	}
	s.mu.Unlock()
	switch {
	case fault != nil:
		s.writeFault(w, r, *fault)
	case lose:
		channeltest.DropAnswer(w)
	case s.hangIfAsked(r):
	default:
		writeJSON(w, 200, out)
	}
}

// deleteReply is DELETE /v4/{location}/reviews/{id}/reply.
func (s *Server) deleteReply(w http.ResponseWriter, name string) {
	s.mu.Lock()
	rv := s.findReview(name)
	if rv != nil {
		rv.reply, rv.replyAt = "", time.Time{}
	}
	s.mu.Unlock()
	if rv == nil {
		writeErr(w, notFound())
		return
	}
	writeJSON(w, 200, map[string]any{})
}
