package web

import (
	"net/http"
	"strconv"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
)

// apiListPosts: GET /api/posts?status=&limit=&after=
func (s *Server) apiListPosts(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	lq := calendar.ListQuery{Status: post.Status(q.Get("status")), After: q.Get("after")}
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 1000 {
			s.apiError(w, r, post.Errorf(post.EInvalid, "limit must be a number from 1 to 1000"), 0)
			return
		}
		lq.Limit = n
	}
	ps, err := s.cal.ListPosts(r.Context(), lq)
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"posts": orEmpty(ps)})
}

// apiCreatePost: POST /api/posts with a calendar.AddPost body (actor is
// taken from the token or session, never from the body).
func (s *Server) apiCreatePost(w http.ResponseWriter, r *http.Request) {
	var req calendar.AddPost
	if err := decodeJSON(w, r, &req); err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	req.Actor = who(r).actor()
	p, err := s.cal.AddPost(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusCreated, p)
}

// apiGetPost: GET /api/posts/{id}, the post with its reviews.
func (s *Server) apiGetPost(w http.ResponseWriter, r *http.Request) {
	v, err := s.cal.GetPost(r.Context(), calendar.PostRef{ID: r.PathValue("id")})
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	v.Reviews = orEmpty(v.Reviews)
	writeJSON(w, http.StatusOK, v)
}

// apiEditPost: PATCH /api/posts/{id} with a calendar.EditPost body.
func (s *Server) apiEditPost(w http.ResponseWriter, r *http.Request) {
	var req calendar.EditPost
	if err := decodeJSON(w, r, &req); err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	req.Actor, req.ID = who(r).actor(), r.PathValue("id")
	p, err := s.cal.EditPost(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// apiCancelPost: DELETE /api/posts/{id} cancels the post (nothing is ever
// deleted: the record and its audit trail stay).
func (s *Server) apiCancelPost(w http.ResponseWriter, r *http.Request) {
	p, err := s.cal.CancelPost(r.Context(), calendar.PostRef{Actor: who(r).actor(), ID: r.PathValue("id"),
		Reason: r.URL.Query().Get("reason")})
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// apiReviewPost: POST /api/posts/{id}/review with {decision, comment,
// overrides, content_hash}.
func (s *Server) apiReviewPost(w http.ResponseWriter, r *http.Request) {
	var req calendar.ReviewPost
	if err := decodeJSON(w, r, &req); err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	req.Actor, req.ID = who(r).actor(), r.PathValue("id")
	p, err := s.cal.Review(r.Context(), req)
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// apiReviewQueue: GET /api/review-queue.
func (s *Server) apiReviewQueue(w http.ResponseWriter, r *http.Request) {
	ps, err := s.cal.ReviewQueue(r.Context(), struct{}{})
	if err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"posts": orEmpty(ps)})
}

// orEmpty turns a nil list into an empty one, so an empty answer is [] and
// not null: `jq '.posts[]'` and `for p in d["posts"]` fail on null, and
// API.md promises lists.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
