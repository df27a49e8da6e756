package web

import (
	"net/http"
	"strconv"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// mediaFile serves a stored image by content hash, for previews.
func (s *Server) mediaFile(w http.ResponseWriter, r *http.Request) {
	hash := r.PathValue("hash")
	var m *post.Media
	err := s.db.View(r.Context(), func(tx store.Tx) error {
		var err error
		m, err = tx.Media(hash)
		return err
	})
	var b []byte
	if err == nil {
		b, err = s.db.ReadMedia(hash)
	}
	if err != nil {
		http.Error(w, s.userMessage(r, err), httpStatus(err))
		return
	}
	w.Header().Set("Content-Type", m.ContentType)
	w.Header().Set("Cache-Control", "private, max-age=86400")
	_, _ = w.Write(b)
}

// signedMedia serves the image of a signed public link to a network that
// fetches it (Google, Instagram). Whatever is wrong with the link, the
// answer is the same 404, and nothing is cached on the way.
func (s *Server) signedMedia(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if s.opt.SignedMedia == nil {
		http.NotFound(w, r)
		return
	}
	ct, b, err := s.opt.SignedMedia.OpenLink(r.Context(), r.PathValue("token"))
	if err != nil {
		// The reason names the post and channel at most, never the token.
		switch post.ErrorCode(err) {
		case post.EInvalid:
			// A token practicepost never made: anyone can send those,
			// so they must not fill the log.
			s.log.Debug("signed image link refused", "error", err)
		case post.ENotFound:
			// A link practicepost signed: why a network's fetch failed.
			s.log.Info("signed image link refused", "error", err)
		default:
			s.log.Error("signed image link: the store could not be read", "error", err)
		}
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.Header().Set("Content-Disposition", "inline")
	_, _ = w.Write(b)
}
