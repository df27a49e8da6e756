package post

import "time"

// Severity is how much a checklist finding matters.
type Severity string

// Severities, from COMPLIANCE.md "Decisions already made".
const (
	SeverityBlock Severity = "block" // cannot be posted as written
	SeverityWarn  Severity = "warn"  // a doctor must look before it goes out
	SeverityInfo  Severity = "info"  // advice; does not gate posting
)

// Verdict is the checklist's overall answer for a draft.
type Verdict string

// Verdicts: block if any block finding, review if any warn finding, else pass.
const (
	VerdictPass   Verdict = "pass"
	VerdictReview Verdict = "review"
	VerdictBlock  Verdict = "block"
)

// Finding is one problem the checklist saw in a draft.
type Finding struct {
	Rule     string   `json:"rule"` // e.g. PRIV-02
	Severity Severity `json:"severity"`
	Message  string   `json:"message"` // plain words for front-desk staff
	// Start and End are byte offsets into the checked text (End exclusive).
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Match      string `json:"match"`
	Suggestion string `json:"suggestion,omitempty"`
	NeedsHuman bool   `json:"needs_human"`
	Source     string `json:"source"` // the source id in COMPLIANCE.md
	// Channel is set when the finding is about one channel's text or limits.
	Channel string `json:"channel,omitempty"`
	// Overridable is false for the hard identifiers (SSN, phone, record
	// numbers, ...) that can only be edited out.
	Overridable bool `json:"overridable"`
	// Authorize is set on a block finding that identifies a patient (a
	// name in a patient's story, a birth date, an age over 89, an
	// identifier next to health detail): a reviewer may override it only
	// when the post links a current patient authorization covering one of
	// these uses. Without one the text must change. Empty: a recorded
	// reason is enough.
	Authorize []Use `json:"authorize,omitempty"`
}

// CheckResult is the checklist's report as stored with a post.
type CheckResult struct {
	Verdict     Verdict   `json:"verdict"`
	Ruleset     string    `json:"ruleset"` // version and hash of the rules that ran
	Findings    []Finding `json:"findings"`
	ContentHash string    `json:"content_hash"` // the content that was checked
	CheckedAt   time.Time `json:"checked_at"`
}

// Approval binds a reviewer's (or the checklist's) clearance to the exact
// content it cleared.
type Approval struct {
	By          string            `json:"by"` // a reviewer, or "checklist" for a clean pass
	At          time.Time         `json:"at"`
	ContentHash string            `json:"content_hash"`
	Ruleset     string            `json:"ruleset"`
	Overrides   map[string]string `json:"overrides,omitempty"` // rule id → reason
}

// Covers reports whether the approval still applies to p's current content.
func (a *Approval) Covers(p *Post) bool {
	return a != nil && a.ContentHash == p.ContentHash()
}

// Decision is what a reviewer decided about a draft.
type Decision string

// Review decisions.
const (
	DecisionApprove        Decision = "approve"
	DecisionReject         Decision = "reject"
	DecisionRequestChanges Decision = "request_changes"
)

// Review is one reviewer decision, kept for ever.
type Review struct {
	ID       ID     `json:"id"`
	PostID   ID     `json:"post_id"`
	Reviewer string `json:"reviewer"`
	// Via is who entered the decision for Reviewer, when not Reviewer in
	// person (the CLI's "cli:root (password)"); empty for the web and API.
	Via       string            `json:"via,omitempty"`
	Decision  Decision          `json:"decision"`
	Comment   string            `json:"comment,omitempty"`
	Overrides map[string]string `json:"overrides,omitempty"` // rule id → reason
	// Authorization is the patient authorization the overrides of
	// patient-identifying findings relied on, if any.
	Authorization ID        `json:"authorization,omitempty"`
	ContentHash   string    `json:"content_hash"`
	Ruleset       string    `json:"ruleset"`
	At            time.Time `json:"at"`
}
