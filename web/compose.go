package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/templates"
)

type composeData struct {
	Form     postForm
	PostID   string
	Channels []calendar.ChannelInfo
	// Offers are the choices beyond the text each channel's network
	// offers (channel id → them), for the fields shown under it.
	Offers         map[string]*channelOffer
	Templates      []templates.Template
	TemplateVars   []string
	VarValues      map[string]string
	TemplateHint   string // which template details are still to fill in
	Authorizations []post.Authorization
	Audiences      []post.Audience
	Findings       []post.Finding // from the last server-side check, for pages without JavaScript
	// TopicChannels are the channels whose network files posts by type
	// (Google): each gets the post type, button and event fields.
	TopicChannels []calendar.ChannelInfo
	TopicTypes    []choice
	Buttons       []choice
}

// choice is one option of a select: the value sent and the words shown.
type choice struct{ Value, Label string }

// topicTypeChoices and buttonChoices are the compose form's options.
var (
	topicTypeChoices = []choice{{string(post.TopicStandard), "Update"}, {string(post.TopicEvent), "Event"}, {string(post.TopicOffer), "Offer"},
		{string(post.TopicAlert), "Alert (Google shows it as a COVID-19 update)"}}
	buttonChoices = func() []choice {
		out := make([]choice, 0, len(post.Buttons))
		for _, b := range post.Buttons {
			label := post.ButtonWords(b)
			if b == post.ButtonCall {
				label += " (calls the practice's number; no link)"
			}
			out = append(out, choice{b, label})
		}
		return out
	}()
)

// composePage shows an empty compose form, or one filled from a template
// when ?template= names one (its variables come as var_<name>).
func (s *Server) composePage(w http.ResponseWriter, r *http.Request) {
	f := postForm{When: "next", Variants: map[string]string{}}
	for _, c := range s.cal.Channels() {
		f.Channels = append(f.Channels, c.ID)
	}
	var errMsg string
	d := s.composeData(r, f, "")
	if name := r.URL.Query().Get("template"); name != "" && s.opt.Templates != nil {
		errMsg = s.fillFromTemplate(r, d, name)
	}
	s.render(w, r, http.StatusOK, "compose", "New post", d, errMsg)
}

// fillFromTemplate fills the compose form from template name and the
// var_<name> values typed so far. The picker keeps the template and the
// fields keep what was typed; while details are missing it asks for them
// (every one at once, in d.TemplateHint) instead of rendering, so a template
// with details never turns into an error or an empty post. The returned
// message is for a real problem only (an unknown template, a practice
// detail missing from the config).
func (s *Server) fillFromTemplate(r *http.Request, d *composeData, name string) string {
	t, ok := s.opt.Templates.Get(name)
	if !ok {
		// Not the name: words from a crafted link never reach the page.
		return "there is no template by that name; pick one from the list"
	}
	d.Form.Template = name
	d.TemplateVars = t.Vars
	d.VarValues = map[string]string{}
	var missing []string
	for _, v := range t.Vars {
		val := r.URL.Query().Get("var_" + v)
		d.VarValues[v] = val
		if strings.TrimSpace(val) == "" {
			missing = append(missing, v)
		}
	}
	if len(missing) > 0 {
		d.TemplateHint = "Fill in " + joinWords(missing) + ", then press “Use template”."
		return ""
	}
	out, err := s.opt.Templates.Render(name, s.opt.Practice, d.VarValues)
	if err != nil {
		if m, ok := templates.IsMissingVar(err); ok {
			return m.Error() // names the detail and where to set it, without the package prefix
		}
		return s.userMessage(r, err)
	}
	d.Form.Body = out.Long
	d.Form.Tags, d.Form.Audience = strings.Join(out.Tags, ", "), string(out.Audience)
	for _, c := range s.cal.Channels() {
		if text := out.TextFor(calendar.Target(c.ID, c.Kind).Limit); text != "" && text != out.Long {
			d.Form.Variants[c.ID] = text
		}
	}
	return ""
}

// joinWords joins words as "a, b and c".
func joinWords(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// editPage shows the compose form for an existing post.
func (s *Server) editPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.cal.GetPost(r.Context(), calendar.PostRef{ID: r.PathValue("id")})
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := s.composeData(r, s.formFromPost(v.Post), v.Post.ID)
	if v.Post.Check != nil {
		d.Findings = v.Post.Check.Findings
	}
	s.render(w, r, http.StatusOK, "compose", "Edit post", d, "")
}

// channelOffer is what a channel's network lets a post choose beyond its
// text (channels.Limits).
type channelOffer struct {
	ContentWarning bool
	Visibilities   []string
}

func (s *Server) composeData(r *http.Request, f postForm, id string) *composeData {
	d := &composeData{Form: f, PostID: id, Channels: s.cal.Channels(), Offers: map[string]*channelOffer{},
		Audiences:  []post.Audience{post.AudiencePatients, post.AudiencePeers, post.AudienceCommunity},
		TopicTypes: topicTypeChoices, Buttons: buttonChoices}
	for _, c := range d.Channels {
		if takesTopics(c) {
			d.TopicChannels = append(d.TopicChannels, c)
		}
		if k, ok := channels.Lookup(c.Kind); ok && (k.Limits.ContentWarning || len(k.Limits.Visibilities) > 0) {
			d.Offers[c.ID] = &channelOffer{ContentWarning: k.Limits.ContentWarning, Visibilities: k.Limits.Visibilities}
		}
	}
	if s.opt.Templates != nil {
		d.Templates = s.opt.Templates.List()
	}
	auths, err := s.cal.ListAuthorizations(r.Context(), struct{}{})
	if err != nil {
		s.log.Warn("list authorizations", "error", err)
	}
	now := s.db.Now()
	for _, a := range auths {
		if !a.Revoked && (a.Expires.IsZero() || now.Before(a.Expires)) {
			d.Authorizations = append(d.Authorizations, a)
		}
	}
	slices.Reverse(d.Authorizations) // newest first
	return d
}

// createPost stores a new post from the compose form.
func (s *Server) createPost(w http.ResponseWriter, r *http.Request) {
	f, err := s.readPostForm(w, r)
	if err == nil {
		err = mediaNeedsAuthorization(f)
	}
	var p *post.Post
	if err == nil {
		at, next, serr := s.schedule(f)
		err = serr
		if err == nil {
			p, err = s.cal.AddPost(r.Context(), calendar.AddPost{Actor: who(r).actor(), Body: f.Body, Variants: f.Variants, Options: f.Options, Topics: f.Topics,
				Channels: f.Channels, At: at, NextSlot: next, Tags: splitTags(f.Tags), Audience: post.Audience(f.Audience),
				Media: f.Media, AuthorizationID: f.AuthorizationID, Evergreen: f.Evergreen, Template: f.Template})
		}
	}
	if err != nil {
		s.render(w, r, httpStatus(err), "compose", "New post", s.composeData(r, f, ""), s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/posts/"+p.ID, savedCode(p))
}

// updatePost applies the compose form to an existing post.
func (s *Server) updatePost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f, err := s.readPostForm(w, r)
	if err == nil {
		err = mediaNeedsAuthorization(f)
	}
	var p *post.Post
	if err == nil {
		p, err = s.applyEdit(r, id, f)
	}
	if err != nil {
		s.render(w, r, httpStatus(err), "compose", "Edit post", s.composeData(r, f, id), s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/posts/"+id, savedCode(p))
}

func (s *Server) applyEdit(r *http.Request, id string, f postForm) (*post.Post, error) {
	at, next, err := s.schedule(f)
	if err != nil {
		return nil, err
	}
	tags, aud := splitTags(f.Tags), post.Audience(f.Audience)
	topics := f.Topics
	if topics == nil {
		topics = map[string]post.Topic{} // none in the form: clear them
	}
	req := calendar.EditPost{Actor: who(r).actor(), ID: id, Version: f.Version, Body: &f.Body, Variants: &f.Variants, Options: &f.Options, Topics: &topics,
		Channels: &f.Channels, Media: &f.Media, AuthorizationID: &f.AuthorizationID, Evergreen: &f.Evergreen,
		Tags: &tags, Audience: &aud}
	switch {
	case !at.IsZero():
		req.At = &at
	case next:
		req.NextSlot = &next
	default:
		req.Unschedule = true
	}
	return s.cal.EditPost(r.Context(), req)
}

// savedCode is the confirmation a saved post's page shows: what the save
// led to, so a post the checklist stopped is never greeted by a green
// "Saved".
func savedCode(p *post.Post) string {
	switch {
	case p.Status == post.StatusNeedsReview:
		return "needs-doctor"
	case p.Status == post.StatusApproved && p.Due().IsZero():
		return "kept"
	}
	return "submitted"
}
