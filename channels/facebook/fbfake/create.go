package fbfake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/channels/channeltest"
)

// maxMessage is Facebook's limit on a Page post's message.
const maxMessage = 63206

func errNeedsPagePermission() graphErr {
	return graphErr{Code: 200, Message: "(#200) If posting to a page, requires both pages_read_engagement and pages_manage_posts as an admin with sufficient administrative permission"}
}

// postFeed is POST /{page-id}/feed.
func (s *Server) postFeed(w http.ResponseWriter, r *http.Request, who caller) {
	if who != callerPage {
		writeErr(w, http.StatusForbidden, errNeedsPagePermission())
		return
	}
	p := &fbPost{message: r.Form.Get("message"), link: r.Form.Get("link")}
	var photoIDs []string
	if raw := r.Form.Get("attached_media"); raw != "" {
		var media []struct {
			MediaFBID string `json:"media_fbid"`
		}
		if err := json.Unmarshal([]byte(raw), &media); err != nil {
			writeErr(w, http.StatusBadRequest, errParam("param attached_media must be an array of objects with media_fbid"))
			return
		}
		s.mu.Lock()
		for i, m := range media {
			ph := s.photos[m.MediaFBID]
			if ph == nil || ph.published || ph.attached {
				s.mu.Unlock()
				writeErr(w, http.StatusBadRequest, errParam(fmt.Sprintf("param attached_media[%d] has invalid media_fbid", i)))
				return
			}
			photoIDs = append(photoIDs, m.MediaFBID)
		}
		s.mu.Unlock()
		p.media = len(photoIDs)
	}
	if p.message == "" && p.link == "" && p.media == 0 {
		writeErr(w, http.StatusBadRequest, errParam("Missing message or attachment"))
		return
	}
	if !s.validPost(w, p) {
		return
	}
	if id, ok := s.create(w, r, p, photoIDs); ok {
		writeJSON(w, http.StatusOK, map[string]string{"id": id})
	}
}

// postPhoto is POST /{page-id}/photos: a photo post when published (the
// default), an invisible photo for attached_media otherwise.
func (s *Server) postPhoto(w http.ResponseWriter, r *http.Request, who caller) {
	if who != callerPage {
		writeErr(w, http.StatusForbidden, errNeedsPagePermission())
		return
	}
	hasFile := r.MultipartForm != nil && len(r.MultipartForm.File["source"]) == 1 && r.MultipartForm.File["source"][0].Size > 0
	if !hasFile && r.Form.Get("url") == "" {
		writeErr(w, http.StatusBadRequest, graphErr{Code: 324, Message: "(#324) Requires upload file"})
		return
	}
	if hasFile {
		if f, err := r.MultipartForm.File["source"][0].Open(); err == nil {
			b, _ := io.ReadAll(f)
			f.Close()
			s.mu.Lock()
			s.images = append(s.images, b)
			s.mu.Unlock()
		}
	}
	published := r.Form.Get("published") != "false"
	if !published {
		s.mu.Lock()
		s.seq++
		ph := &photo{id: "5" + fmt.Sprintf("%011d", s.seq)}
		s.photos[ph.id] = ph
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]string{"id": ph.id})
		return
	}
	p := &fbPost{message: r.Form.Get("message"), media: 1}
	if p.message == "" {
		p.message = r.Form.Get("caption")
	}
	if !s.validPost(w, p) {
		return
	}
	if id, ok := s.create(w, r, p, nil); ok {
		writeJSON(w, http.StatusOK, map[string]string{"id": "6" + id[len(PageID)+1:], "post_id": id})
	}
}

func (s *Server) validPost(w http.ResponseWriter, p *fbPost) bool {
	if utf8.RuneCountInString(p.message) > maxMessage {
		writeErr(w, http.StatusBadRequest, errParam(fmt.Sprintf("Param message must be at most %d characters long", maxMessage)))
		return false
	}
	if p.link != "" {
		if u, err := url.Parse(p.link); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			writeErr(w, http.StatusBadRequest, errParam("The parameter link must be a valid URL"))
			return false
		}
	}
	return true
}

// create applies a pending fault, the duplicate rule, stores p and decides
// whether the answer is lost. It reports whether the caller should write
// the success answer.
func (s *Server) create(w http.ResponseWriter, r *http.Request, p *fbPost, photoIDs []string) (string, bool) {
	fault := s.TakeFault()
	s.mu.Lock()
	if fault == nil && p.message != "" && len(s.posts) > 0 && s.posts[len(s.posts)-1].message == p.message {
		// Facebook refuses a status identical to the Page's previous one.
		fault = &channeltest.Fault{Kind: channeltest.FaultDuplicate}
	}
	lose := false
	if fault == nil {
		s.seq++
		p.id = PageID + "_" + fmt.Sprintf("%015d", 122000000000000+s.seq)
		p.created = s.Now().UTC().Truncate(time.Second)
		s.posts = append(s.posts, p)
		for _, id := range photoIDs {
			s.photos[id].attached = true
		}
		lose = s.LoseAnswer()
	}
	s.mu.Unlock()

	if fault != nil {
		s.writeFault(w, r, *fault)
		return "", false
	}
	if lose {
		channeltest.DropAnswer(w)
		return "", false
	}
	usageHeader(w, 3, 0)
	return p.id, true
}

// writeFault answers as Facebook does for each injected failure.
func (s *Server) writeFault(w http.ResponseWriter, r *http.Request, f channeltest.Fault) {
	switch f.Kind {
	case channeltest.FaultRateLimit:
		usageHeader(w, 100, f.Wait())
		writeErr(w, http.StatusBadRequest, graphErr{Code: 80001, Message: "(#80001) There have been too many calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting."})
	case channeltest.FaultServerError:
		writeErr(w, http.StatusInternalServerError, graphErr{Code: 2, Transient: true, Message: "An unexpected error has occurred. Please retry your request later."})
	case channeltest.FaultTimeout:
		s.Hang(r)
	case channeltest.FaultDuplicate:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 506, Message: "(#506) Duplicate status message"})
	case channeltest.FaultPermanent:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 368, Message: "(#368) The action attempted has been deemed abusive or is otherwise disallowed"})
	case channeltest.FaultAuth:
		writeErr(w, http.StatusBadRequest, graphErr{Code: 190, Subcode: 463, Message: "Error validating access token: Session has expired."})
	default:
		writeErr(w, http.StatusInternalServerError, graphErr{Code: 1, Message: "An unknown error has occurred."})
	}
}
