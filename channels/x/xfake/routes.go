package xfake

import (
	"bytes"
	"io"
	"net/http"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// action is what a handler asks the router to do once the lock is released.
type action int

const (
	answered action = iota // the handler wrote its answer
	hang                   // wait until the client gives up, answer nothing
	drop                   // close the connection without answering
)

// handlerFunc handles one API call with s.mu held; body is the request
// body, already read.
type handlerFunc func(w http.ResponseWriter, r *http.Request, body []byte) action

// maxBody bounds request bodies; X's image limit is 5 MB and an append
// carries one chunk of it.
const maxBody = 8 << 20

// Handler returns the fake's HTTP handler, for tests that wrap it.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, auth bool, h handlerFunc) {
		mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
			s.serve(w, r, pattern, auth, h)
		})
	}
	route("POST /2/tweets", true, s.createTweet)
	route("GET /2/tweets", true, s.lookupTweets)
	route("GET /2/users/me", true, s.usersMe)
	route("GET /2/users/{id}/tweets", true, s.userTweets)
	route("GET /2/tweets/search/recent", true, s.searchRecent)
	route("POST /2/media/upload/initialize", true, s.mediaInitialize)
	route("POST /2/media/upload/{id}/append", true, s.mediaAppend)
	route("POST /2/media/upload/{id}/finalize", true, s.mediaFinalize)
	route("POST /2/media/metadata", true, s.mediaMetadata)
	route("GET /2/media/upload", true, s.mediaStatus)
	route("POST /2/oauth2/token", false, s.oauth2Token)
	route("GET "+AuthorizePath, false, s.authorizeGet)
	route("POST "+AuthorizePath, false, s.authorizePost)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.serve(w, r, "unknown", false, func(w http.ResponseWriter, r *http.Request, _ []byte) action {
			s.problem(w, http.StatusNotFound, "https://api.x.com/2/problems/resource-not-found", "Not Found Error",
				"xfake: no endpoint "+r.Method+" "+r.URL.Path)
			return answered
		})
	})
	return mux
}

// serve runs one call: count it, set the rate headers, authenticate, run
// the handler under the lock, then hang or drop if it asked to.
func (s *Server) serve(w http.ResponseWriter, r *http.Request, route string, auth bool, h handlerFunc) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		http.Error(w, "request body too large or unreadable", http.StatusRequestEntityTooLarge)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	s.mu.Lock()
	s.requests[route]++
	s.rateHeaders(w)
	act := answered
	if !auth || s.authenticate(w, r, body) {
		act = h(w, r, body)
	}
	s.mu.Unlock()

	switch act {
	case hang:
		<-r.Context().Done()
	case drop:
		channeltest.DropAnswer(w)
	}
}
