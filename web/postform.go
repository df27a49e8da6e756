package web

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// maxFormBytes bounds a compose form: the largest image plus the text.
const maxFormBytes = store.MaxMediaBytes + 1<<20

// postForm is the compose form as the person typed it. It is kept as
// strings so a refused submission comes back exactly as it was sent.
type postForm struct {
	Body            string
	Variants        map[string]string
	Options         map[string]post.ChannelOptions // per channel, where its network offers them
	Topics          map[string]post.Topic          // channel id → post type and details (Google)
	Channels        []string
	When            string // "none", "at" or "next"
	At              string // datetime-local, practice timezone
	Tags            string
	Audience        string
	AuthorizationID string
	ShowsPatient    string // "yes" or "no": the answer for a new image
	AltText         string
	Media           []post.Media // images already stored (edit, or a refused submission)
	Evergreen       bool
	Template        string
	Version         int
}

func (f postForm) HasChannel(c string) bool {
	for _, x := range f.Channels {
		if x == c {
			return true
		}
	}
	return false
}

// formFromPost fills the form from a stored post, for the edit page.
func (s *Server) formFromPost(p *post.Post) postForm {
	f := postForm{Body: p.Body, Variants: p.Variants, Options: p.Options, Topics: p.Topics, Channels: p.Channels, Tags: strings.Join(p.Tags, ", "),
		Audience: string(p.Audience), AuthorizationID: p.AuthorizationID, Media: p.Media, Evergreen: p.Evergreen,
		Template: p.Template, Version: p.Version, When: "none"}
	switch {
	case p.Schedule.NextSlot:
		f.When = "next"
	case !p.Schedule.At.IsZero():
		f.When, f.At = "at", p.Schedule.At.In(s.cal.Location()).Format("2006-01-02T15:04")
	}
	return f
}

// readPostForm parses the compose form. A new image is stored right away
// (by content hash, so a retry does not duplicate it) and carried in the
// form from then on: a refused submission loses nothing, not even the image.
func (s *Server) readPostForm(w http.ResponseWriter, r *http.Request) (postForm, error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseMultipartForm(1 << 20); err != nil && err != http.ErrNotMultipart {
		return postForm{}, post.Errorf(post.EInvalid, "the form could not be read (is the image over %d MB?)", store.MaxMediaBytes>>20)
	}
	f := postForm{Body: r.FormValue("body"), Variants: map[string]string{}, Options: map[string]post.ChannelOptions{}, Channels: r.Form["channel"],
		When: r.FormValue("when"), At: r.FormValue("at"), Tags: r.FormValue("tags"), Audience: r.FormValue("audience"),
		AuthorizationID: strings.TrimSpace(r.FormValue("authorization_id")), ShowsPatient: r.FormValue("shows_patient"),
		AltText: r.FormValue("alt_text"), Evergreen: r.FormValue("evergreen") == "on", Template: r.FormValue("template")}
	f.Body = strings.ReplaceAll(f.Body, "\r\n", "\n")
	for _, c := range s.cal.Channels() {
		if v := strings.ReplaceAll(r.FormValue("variant_"+c.ID), "\r\n", "\n"); strings.TrimSpace(v) != "" && f.HasChannel(c.ID) {
			f.Variants[c.ID] = v
		}
		if t := topicFromForm(r, c.ID); takesTopics(c) && f.HasChannel(c.ID) && !t.IsZero() {
			if f.Topics == nil {
				f.Topics = map[string]post.Topic{}
			}
			f.Topics[c.ID] = t
		}
		o := post.ChannelOptions{Visibility: r.FormValue("visibility_" + c.ID), ContentWarning: strings.TrimSpace(r.FormValue("cw_" + c.ID))}
		if !o.IsZero() && f.HasChannel(c.ID) {
			f.Options[c.ID] = o
		}
	}
	if v := r.FormValue("version"); v != "" {
		for _, ch := range v {
			if ch < '0' || ch > '9' {
				return f, post.Errorf(post.EInvalid, "version %q is not a number", v)
			}
			f.Version = f.Version*10 + int(ch-'0')
		}
	}
	if err := s.db.View(r.Context(), func(tx store.Tx) error {
		for _, h := range r.Form["media_hash"] {
			if r.FormValue("remove_"+h) == "on" {
				continue
			}
			m, err := tx.Media(h)
			if err != nil {
				return err
			}
			f.Media = append(f.Media, *m)
		}
		return nil
	}); err != nil {
		return f, err
	}
	file, hdr, err := r.FormFile("image")
	if err == http.ErrMissingFile {
		return f, nil
	}
	if err != nil {
		return f, post.Errorf(post.EInvalid, "the image could not be read: %v", err)
	}
	defer file.Close()
	if f.ShowsPatient != "yes" && f.ShowsPatient != "no" {
		return f, post.Errorf(post.EInvalid, "answer \"Does this image show a patient?\" before attaching it")
	}
	head := make([]byte, 512)
	n, _ := io.ReadFull(file, head)
	ctype := http.DetectContentType(head[:n])
	switch ctype {
	case "image/jpeg", "image/png", "image/gif", "image/webp":
	default:
		return f, post.Errorf(post.EInvalid, "the file is %s; attach a JPEG, PNG, GIF or WebP image", ctype)
	}
	m, err := s.db.SaveMedia(r.Context(), io.MultiReader(bytes.NewReader(head[:n]), file), post.Media{
		Name: hdr.Filename, ContentType: ctype, AltText: strings.TrimSpace(f.AltText), ShowsPatient: f.ShowsPatient == "yes"})
	if err != nil {
		return f, err
	}
	f.Media = append(f.Media, m)
	f.ShowsPatient, f.AltText = "", ""
	return f, nil
}

// topicFromForm reads one channel's post type and details (the fields
// named <field>_<channel id>). A plain update with no button and nothing
// else is no topic at all, so a Google post saved without touching these
// fields is stored as before they existed.
func topicFromForm(r *http.Request, id string) post.Topic {
	v := func(name string) string { return r.FormValue(name + "_" + id) }
	t := post.Topic{Type: post.TopicType(v("topic_type")), Button: v("button"), ButtonURL: v("button_url"),
		Title: v("event_title"), StartDate: v("start_date"), StartTime: v("start_time"), EndDate: v("end_date"), EndTime: v("end_time"),
		Coupon: v("coupon"), Terms: strings.ReplaceAll(v("terms"), "\r\n", "\n"), RedeemURL: v("redeem_url")}.Normalize()
	if t == (post.Topic{Type: post.TopicStandard}) {
		return post.Topic{}
	}
	return t
}

// takesTopics says the channel's network files posts by type.
func takesTopics(c calendar.ChannelInfo) bool {
	k, _ := channels.Lookup(c.Kind)
	return k.Topics
}

// schedule turns the form's "when" into a time or the next-slot flag.
func (s *Server) schedule(f postForm) (at time.Time, next bool, err error) {
	switch f.When {
	case "next":
		return time.Time{}, true, nil
	case "at":
		t, err := time.ParseInLocation("2006-01-02T15:04", f.At, s.cal.Location())
		if err != nil {
			return time.Time{}, false, post.Errorf(post.EInvalid, "pick the date and time to publish (got %q)", f.At)
		}
		return t, false, calendar.SkippedWallClock(t, "2006-01-02T15:04", f.At)
	}
	return time.Time{}, false, nil
}

// mediaNeedsAuthorization checks the "does this show a patient?" answer
// against the linked authorization before the checklist even runs.
func mediaNeedsAuthorization(f postForm) error {
	for _, m := range f.Media {
		if m.ShowsPatient && f.AuthorizationID == "" {
			return post.Errorf(post.EInvalid, "the image %q shows a patient: link the patient's signed authorization (Authorizations page) or remove the image", m.Name)
		}
	}
	return nil
}

func splitTags(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' })
}
