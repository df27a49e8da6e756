package compliance

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/practicepost/practicepost/post"
)

//go:embed rules/phrases.txt
var phraseData []byte

// Checker runs the checklist for one practice. Build it once with New; it is
// read-only afterwards and safe for concurrent use.
type Checker struct {
	profile  Profile
	lex      *lexicon
	enabled  []enabledRule
	severity map[string]post.Severity // state and profile overrides
	ruleset  string
	allow    allowlist
	warnG    float64
	infoG    float64
	// backstop is the learned model of PRIV-16 (backstop.go), nil when
	// the rule is disabled; backstopAt is the rule's place in enabled.
	backstop   *backstopModel
	backstopAt int
	ownTerms   ownTerms // the practice's own words, for PRIV-16's classes
}

// New compiles the checklist for a practice. The error names a bad rule id,
// a severity that would lower a hard identifier, or a bad line of the
// practice's extra phrase file.
func New(p Profile) (*Checker, error) {
	c := &Checker{profile: p, lex: newLexicon(), severity: map[string]post.Severity{}}
	if err := c.lex.parse("rules/phrases.txt", phraseData, true); err != nil {
		return nil, err
	}
	if len(p.ExtraRules) > 0 {
		if err := c.lex.parse("extra rules", p.ExtraRules, false); err != nil {
			return nil, err
		}
	}
	c.lex.addNameOpeners()
	c.lex.addGateWords()
	c.lex.index()
	known := map[string]bool{}
	for _, r := range rules {
		known[r.id] = true
	}
	disabled := map[string]bool{}
	for _, id := range p.Disabled {
		if !known[id] {
			return nil, fmt.Errorf("compliance: disabled rule %q: no such rule", id)
		}
		disabled[id] = true
	}
	maps.Copy(c.severity, stateSeverity[strings.ToUpper(p.State)])
	for id, sev := range p.Severity {
		if !known[id] {
			return nil, fmt.Errorf("compliance: severity for rule %q: no such rule", id)
		}
		if severityRank(sev) == 0 {
			return nil, fmt.Errorf("compliance: severity for rule %s: %q is not block, warn or info", id, sev)
		}
		if hardRules[id] && sev != post.SeverityBlock {
			return nil, fmt.Errorf("compliance: severity for rule %s: it is a hard identifier and stays block", id)
		}
		c.severity[id] = sev
	}
	for i := range rules {
		if id := rules[i].id; !disabled[id] {
			override, hasOverride := c.severity[id]
			c.enabled = append(c.enabled, enabledRule{rule: &rules[i], hard: hardRules[id], override: override, hasOverride: hasOverride})
			if id == backstopRule {
				c.backstop, c.backstopAt = shippedBackstop, len(c.enabled)-1
			}
		}
	}
	c.allow = newAllowlist(p)
	if c.backstop != nil {
		c.ownTerms = newOwnTerms(&c.allow)
	}
	c.warnG, c.infoG = p.ReadingWarnGrade, p.ReadingInfoGrade
	if c.warnG == 0 {
		c.warnG = 8
	}
	if c.infoG == 0 {
		c.infoG = 6
	}
	c.ruleset = c.lex.version + "+" + c.settingsHash()
	return c, nil
}

// enabledRule is a rule the checker runs, with what finish needs to know
// of it looked up once at New rather than for every finding.
type enabledRule struct {
	*rule
	hard        bool          // one of hardRules
	override    post.Severity // the state's or profile's severity, if hasOverride
	hasOverride bool
}

// settingsHash is a short hash of everything that changes what the checklist
// reports: the rule data, the extra phrases and the profile's settings. An
// approval records it, so a reviewer can tell which rules cleared a draft.
func (c *Checker) settingsHash() string {
	h := sha256.New()
	h.Write(phraseData)
	h.Write(c.profile.ExtraRules)
	h.Write(backstopData)
	settings := struct {
		Name, State                                     string
		Phones, Addresses, Domains, StaffNames, Handles []string
		Community                                       []string `json:",omitempty"`
		Warn, Info                                      float64
		Disabled                                        []string
		Severity                                        map[string]post.Severity
		Rules                                           []string
	}{c.profile.PracticeName, c.profile.State, c.profile.Phones, c.profile.Addresses, c.profile.Domains,
		c.profile.StaffNames, c.profile.Handles, c.profile.CommunityNames, c.warnG, c.infoG, slices.Sorted(slices.Values(c.profile.Disabled)),
		c.severity, nil}
	for _, r := range c.enabled {
		settings.Rules = append(settings.Rules, r.id)
	}
	b, _ := json.Marshal(settings) // plain strings and numbers: cannot fail
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Ruleset returns "<data version>+<short hash of rule data and settings>".
func (c *Checker) Ruleset() string { return c.ruleset }

// Check runs the checklist on a draft. It does no I/O; ctx is checked
// between rules so a caller can give up on a pathological input. A check
// that ctx stopped is partial: its verdict is block whatever the rules
// that ran found, so a caller that keeps it cannot read it as a pass (a
// caller that stores verdicts must also look at ctx.Err() and keep none).
func (c *Checker) Check(ctx context.Context, d Draft) Report {
	st := checkPool.Get().(*checkState)
	defer st.release()
	st.d = d
	// dp is the draft every part of the check reads (with Now filled in).
	// The scans point to it, a pooled copy, so d stays on the stack.
	dp := &st.d
	if dp.Now.IsZero() {
		dp.Now = time.Now()
	}
	rep := Report{Verdict: post.VerdictPass, Ruleset: c.ruleset, Channels: map[string]ChannelFit{}}
	// Channel lengths first: PLAT-01 reads them instead of measuring again.
	st.overflow = slices.Grow(st.overflow[:0], len(dp.Channels))
	for _, t := range dp.Channels {
		fit, at := measure(t, dp.ContentWarnings[t.ID], textFor(dp, t.ID))
		rep.Channels[t.ID] = fit
		st.overflow = append(st.overflow, measured{fit, at})
	}
	main := c.newScan(dp, dp.Text, "")
	main.overflow = st.overflow
	st.texts = append(st.texts, main)
	rep.Readability = main.readability()
	for _, t := range dp.Channels {
		v, ok := dp.Variants[t.ID]
		if !ok || v == "" || slices.ContainsFunc(st.texts, func(s *scan) bool { return s.written == v }) {
			continue // each distinct text is checked once
		}
		st.texts = append(st.texts, c.newScan(dp, v, t.ID))
	}
	texts := st.texts
	found := findingPool.Get().(*findingBuf)
	defer found.release()
	// A context whose Done is nil can never be cancelled (context.Background,
	// most callers' and the benchmark's): then no rule asks ctx.Err, an
	// interface call, a hundred times a check.
	cancellable := ctx.Done() != nil
	for i := range c.enabled {
		r := &c.enabled[i]
		if cancellable && ctx.Err() != nil {
			break
		}
		for _, s := range texts {
			if r.once && s.channel != "" {
				continue
			}
			fs := r.check(s)
			for k := range fs {
				c.finish(r, s, found.add(&fs[k]))
			}
		}
	}
	c.checkSideTexts(ctx, dp, found)
	if ctx.Err() == nil {
		c.addBackstop(texts, found)
	}
	rep.Findings = found.sorted()
	for _, f := range rep.Findings {
		switch {
		case f.Severity == post.SeverityBlock:
			rep.Verdict = post.VerdictBlock
		case f.Severity == post.SeverityWarn && rep.Verdict == post.VerdictPass:
			rep.Verdict = post.VerdictReview
		}
	}
	if ctx.Err() != nil {
		rep.Verdict = post.VerdictBlock
	}
	return rep
}

// finish fills in what every finding of rule r carries, in place: a
// finding is some 170 bytes, copied twice more when passed and returned.
func (c *Checker) finish(r *enabledRule, s *scan, f *post.Finding) {
	f.Rule, f.Source = r.id, r.source
	if f.Severity == "" {
		f.Severity = r.severity
	}
	if r.hasOverride {
		f.Severity = r.override
	}
	if r.hard && f.Severity == post.SeverityBlock {
		f.Overridable = false
	} else {
		f.Overridable = true
	}
	f.NeedsHuman = f.NeedsHuman || r.human
	if f.Channel == "" {
		f.Channel = s.channel
	}
	// Spans always lie inside the text they point into.
	text := s.text
	if f.Channel != s.channel {
		text = textFor(s.d, f.Channel)
	}
	n := len(text)
	f.Start, f.End = clamp(f.Start, 0, n), clamp(f.End, 0, n)
	if f.End < f.Start {
		f.End = f.Start
	}
	if f.Severity != post.SeverityBlock || !f.Overridable {
		f.Authorize = nil // only an overridable block finding is overridden
	} else if f.Authorize == nil && (r.identifies == identifiesAlways ||
		(r.identifies == identifiesInContext && f.Channel == s.channel && s.identifyingContext(f.Start, f.End))) {
		f.Authorize = patientUses
	}
	if f.Authorize != nil {
		// Each report owns its list: callers keep reports and may edit
		// them, and the rules hand out shared package-level lists.
		f.Authorize = slices.Clone(f.Authorize)
	}
	if s.fold != nil && f.Channel == s.channel {
		// The span points into the folded text: point it at what was
		// written, and show that.
		if f.Match == text[f.Start:f.End] {
			f.Match = ""
		}
		text = s.written
		f.Start, f.End = s.fold.original(f.Start, f.End)
	}
	if f.Match == "" && f.End > f.Start {
		f.Match = text[f.Start:f.End]
		if s.ascii && f.Channel == s.channel {
			return // text is s.written, all ASCII: so is any span of it
		}
	}
	if !utf8.ValidString(f.Match) {
		f.Match = strings.ToValidUTF8(f.Match, "\uFFFD")
	}
}

// checkState is one check's working memory besides its scans and
// findings: the copy of the draft the scans point to, the channel lengths
// and the scanned texts. It is pooled like the scans: made anew, the draft
// alone (which the scans point to, so it left the stack) was an allocation
// per check. The Report shares none of it.
type checkState struct {
	d        Draft
	overflow []measured
	texts    []*scan
}

var checkPool = sync.Pool{New: func() any { return new(checkState) }}

// release returns st's scans to scanPool and st to checkPool, dropping
// its references to the draft.
func (st *checkState) release() {
	for _, s := range st.texts {
		s.release()
	}
	clear(st.texts)
	st.texts, st.overflow = st.texts[:0], st.overflow[:0]
	st.d = Draft{}
	checkPool.Put(st)
}

// sideRules are the rules run on the text a post publishes beside its
// body: a content warning, an image's alt text, and an event's or offer's
// title, coupon and terms. Each can carry a patient's name or identifier
// as well as the body can (an outsider put "Our patient Maria Lopez DOB
// 03/14/1985" in a Mastodon content warning, and it passed); the other
// rules are about the body.
var sideRules = map[string]bool{"PRIV-01": true, "PRIV-02": true, "PRIV-03": true, "PRIV-04": true, "PRIV-05": true,
	"PRIV-06": true, "PRIV-07": true, "PRIV-08": true, "PRIV-09": true, "PRIV-10": true, "PRIV-14": true, "PRIV-15": true}

// checkSideTexts runs sideRules on each channel's content warning, event
// or offer details, and each image's alt text. A finding there has no
// span in the post's text: its message says where it is, and its match is
// what it found.
func (c *Checker) checkSideTexts(ctx context.Context, d *Draft, found *findingBuf) {
	type side struct{ channel, text, where string }
	var sides []side
	for _, t := range d.Channels {
		if w := d.ContentWarnings[t.ID]; strings.TrimSpace(w) != "" {
			sides = append(sides, side{t.ID, w, "In the content warning: "})
		}
		tp := d.Topics[t.ID]
		for _, f := range [...]struct{ text, where string }{
			{tp.Title, "In the event or offer title: "}, {tp.Coupon, "In the coupon code: "}, {tp.Terms, "In the offer terms: "},
		} {
			if strings.TrimSpace(f.text) != "" {
				sides = append(sides, side{t.ID, f.text, f.where})
			}
		}
	}
	for i, m := range d.Media {
		if strings.TrimSpace(m.AltText) != "" {
			sides = append(sides, side{"", m.AltText, fmt.Sprintf("In the alt text of image %d: ", i+1)})
		}
	}
	for k, sd := range sides {
		if ctx.Err() != nil || slices.ContainsFunc(sides[:k], func(o side) bool { return o.text == sd.text }) {
			continue // each distinct text is checked once
		}
		s := c.newScan(d, sd.text, sd.channel)
		for i := range c.enabled {
			r := &c.enabled[i]
			if !sideRules[r.id] {
				continue
			}
			fs := r.check(s)
			for k := range fs {
				f := found.add(&fs[k])
				c.finish(r, s, f)
				f.Start, f.End = 0, 0
				f.Message = sd.where + f.Message
			}
		}
		s.release()
	}
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// textFor returns the text published on channel id.
func textFor(d *Draft, id string) string {
	if v, ok := d.Variants[id]; ok && v != "" {
		return v
	}
	return d.Text
}
