package web

import (
	"net/http"

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
