// Package compliance is practicepost's checklist: it reads a draft (its text,
// per-channel variants, media, linked authorization and, for replies, the
// review being answered) and reports findings under the rule ids of
// docs/COMPLIANCE.md: privacy (PRIV), reply-to-review (REV), claims
// (CLAIM), endorsements (ENDORSE), professional image (PROF), readability
// (READ), platform limits (PLAT) and misinformation (MIS).
//
// A Checker is built once from a practice Profile: every regular expression
// and phrase table is compiled in New, so Check does no I/O, allocates only
// for its own scan, and is safe for concurrent use. Phrase lists live in
// embedded data files (rules/*.txt) with a version; a practice may add its
// own phrases in the same format.
//
// The checklist is an aid for clinic staff, not legal advice: every rule
// marked needs_human only raises the question.
package compliance
