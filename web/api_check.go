package web

import (
	"fmt"
	"maps"
	"net/http"
	"slices"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// checkRequest is what the compose page sends as the author types.
type checkRequest struct {
	Body     string            `json:"body"`
	Variants map[string]string `json:"variants,omitempty"`
	// ContentWarnings are the content warnings typed per channel.
	ContentWarnings map[string]string `json:"content_warnings,omitempty"`
	Channels        []string          `json:"channels"`
	Audience        post.Audience     `json:"audience,omitempty"`
	AuthorizationID string            `json:"authorization_id,omitempty"`
	// ImageShowsPatient lists the "does this show a patient?" answer of
	// each attached image.
	ImageShowsPatient []bool `json:"image_shows_patient,omitempty"`
	// AltTexts are the attached images' descriptions, in the same order:
	// they are published with the post, so the checklist reads them.
	AltTexts []string `json:"alt_texts,omitempty"`
	// Topics are the post types per channel (Google): an event's or
	// offer's title, coupon and terms are published too.
	Topics    map[string]post.Topic `json:"topics,omitempty"`
	ReplyText string                `json:"reply_text,omitempty"`
}

// checkFinding is a finding with its place also given in JavaScript string
// indices (UTF-16), so the page can mark it without re-counting bytes.
type checkFinding struct {
	post.Finding
	From int `json:"from"`
	To   int `json:"to"`
	// Heading is the rule's name and what it asks, as the pages say it
	// ("Patient's age over 89 — must change").
	Heading string `json:"heading"`
}

type checkResponse struct {
	Verdict     post.Verdict                     `json:"verdict"`
	Findings    []checkFinding                   `json:"findings"`
	Channels    map[string]compliance.ChannelFit `json:"channels"`
	Readability compliance.Readability           `json:"readability"`
}

// apiCheck runs the checklist on unsaved text: POST /api/check.
func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	var req checkRequest
	if err := decodeJSON(w, r, &req); err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	if len(req.Body) > post.MaxBodyBytes {
		s.apiError(w, r, post.Errorf(post.EInvalid, "the text is longer than %d bytes", post.MaxBodyBytes), 0)
		return
	}
	if err := checkRequestBytes(req); err != nil {
		s.apiError(w, r, err, 0)
		return
	}
	d := compliance.Draft{Text: req.Body, Variants: req.Variants, ContentWarnings: req.ContentWarnings, Topics: req.Topics,
		Audience: req.Audience, ReviewText: req.ReplyText, Now: s.db.Now()}
	for _, id := range req.Channels {
		c, ok := s.cal.Channel(id)
		if !ok {
			s.apiError(w, r, post.Errorf(post.EInvalid, "unknown channel %q", id), 0)
			return
		}
		d.Channels = append(d.Channels, calendar.Target(c.ID, c.Kind))
	}
	for i := range max(len(req.ImageShowsPatient), len(req.AltTexts)) {
		var m post.Media
		if i < len(req.ImageShowsPatient) {
			m.ShowsPatient = req.ImageShowsPatient[i]
		}
		if i < len(req.AltTexts) {
			m.AltText = req.AltTexts[i]
		}
		d.Media = append(d.Media, m)
	}
	if req.AuthorizationID != "" {
		a, err := s.cal.Authorization(r.Context(), req.AuthorizationID)
		d.Authorization = a
		if err != nil {
			s.apiError(w, r, err, 0)
			return
		}
	}
	rep := s.opt.Checker.Check(r.Context(), d)
	out := checkResponse{Verdict: rep.Verdict, Channels: rep.Channels, Readability: rep.Readability, Findings: []checkFinding{}}
	for _, f := range rep.Findings {
		text := req.Body
		if f.Channel != "" {
			text = req.Variants[f.Channel]
			if text == "" {
				text = req.Body
			}
		}
		out.Findings = append(out.Findings, checkFinding{Finding: f, From: utf16Offset(text, f.Start), To: utf16Offset(text, f.End), Heading: s.findingHeading(f)})
	}
	slices.SortStableFunc(out.Findings, func(a, b checkFinding) int { return a.Start - b.Start })
	writeJSON(w, http.StatusOK, out)
}

// checkRequestBytes refuses a control character in any text of a check
// request, as saving the post would, naming the field and its byte offset.
// The request body's own bytes are checked before decoding; this catches
// one written as a JSON escape ("\u0000"), which the decoder turns into
// the character itself.
func checkRequestBytes(req checkRequest) error {
	if err := post.CheckBytes("the post text", req.Body); err != nil {
		return err
	}
	for _, ch := range slices.Sorted(maps.Keys(req.Variants)) {
		if err := post.CheckBytes("the text for "+ch, req.Variants[ch]); err != nil {
			return err
		}
	}
	for _, ch := range slices.Sorted(maps.Keys(req.ContentWarnings)) {
		if err := post.CheckBytes("the content warning for "+ch, req.ContentWarnings[ch]); err != nil {
			return err
		}
	}
	for i, alt := range req.AltTexts {
		if err := post.CheckBytes(fmt.Sprintf("image %d's description", i+1), alt); err != nil {
			return err
		}
	}
	return post.CheckBytes("the review", req.ReplyText)
}
