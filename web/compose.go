package web

import (
	"net/http"
	"slices"
	"strings"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/templates"
)

type composeData struct {
	Form           postForm
	PostID         string
	Channels       []calendar.ChannelInfo
	Templates      []templates.Template
	TemplateVars   []string
	VarValues      map[string]string
	Authorizations []post.Authorization
	Audiences      []post.Audience
	Findings       []post.Finding // from the last server-side check, for pages without JavaScript
}

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
		if t, ok := s.opt.Templates.Get(name); ok {
			d.TemplateVars = t.Vars
			vars := map[string]string{}
			for _, v := range t.Vars {
				if val := r.URL.Query().Get("var_" + v); val != "" {
					vars[v] = val
				}
			}
			d.VarValues = vars
			out, err := s.opt.Templates.Render(name, s.opt.Practice, vars)
			if err != nil {
				errMsg = s.userMessage(r, err)
			} else {
				d.Form.Body, d.Form.Template = out.Long, name
				d.Form.Tags, d.Form.Audience = strings.Join(out.Tags, ", "), string(out.Audience)
				for _, c := range s.cal.Channels() {
					if c.Kind == "x" && out.Short != "" {
						d.Form.Variants[c.ID] = out.Short
					}
				}
			}
		} else {
			errMsg = "there is no template called " + name
		}
	}
	s.render(w, r, http.StatusOK, "compose", "New post", d, errMsg)
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

func (s *Server) composeData(r *http.Request, f postForm, id string) *composeData {
	d := &composeData{Form: f, PostID: id, Channels: s.cal.Channels(),
		Audiences: []post.Audience{post.AudiencePatients, post.AudiencePeers, post.AudienceCommunity}}
	if s.opt.Templates != nil {
		d.Templates = s.opt.Templates.List()
	}
	auths, err := s.cal.ListAuthorizations(r.Context(), struct{}{})
	if err != nil {
		s.log.Warn("list authorizations", "err", err)
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
			p, err = s.cal.AddPost(r.Context(), calendar.AddPost{Actor: who(r).actor(), Body: f.Body, Variants: f.Variants,
				Channels: f.Channels, At: at, NextSlot: next, Tags: splitTags(f.Tags), Audience: post.Audience(f.Audience),
				Media: f.Media, AuthorizationID: f.AuthorizationID, Evergreen: f.Evergreen, Template: f.Template})
		}
	}
	if err != nil {
		s.render(w, r, httpStatus(err), "compose", "New post", s.composeData(r, f, ""), s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/posts/"+p.ID, "submitted")
}

// updatePost applies the compose form to an existing post.
func (s *Server) updatePost(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f, err := s.readPostForm(w, r)
	if err == nil {
		err = mediaNeedsAuthorization(f)
	}
	if err == nil {
		err = s.applyEdit(r, id, f)
	}
	if err != nil {
		s.render(w, r, httpStatus(err), "compose", "Edit post", s.composeData(r, f, id), s.userMessage(r, err))
		return
	}
	redirectDone(w, r, "/posts/"+id, "submitted")
}

func (s *Server) applyEdit(r *http.Request, id string, f postForm) error {
	at, next, err := s.schedule(f)
	if err != nil {
		return err
	}
	tags, aud := splitTags(f.Tags), post.Audience(f.Audience)
	req := calendar.EditPost{Actor: who(r).actor(), ID: id, Version: f.Version, Body: &f.Body, Variants: &f.Variants,
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
	_, err = s.cal.EditPost(r.Context(), req)
	return err
}
