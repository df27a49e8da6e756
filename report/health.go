package report

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
)

// SelfDisclosureRule is the rule id of the inbox's own finding: a commenter
// writing about their own health in the first person.
const SelfDisclosureRule = "FEEDBACK-01"

// Reminder is what the inbox tells staff about a comment that reveals the
// commenter's health details.
const Reminder = "This commenter shared their own health details. Do not confirm they are a patient, " +
	"do not mention a visit, treatment or bill, and take the conversation to a private channel."

// healthRule reports whether a checklist finding on a comment means the
// commenter revealed health or identifying details: the privacy rules, and
// a first-person outcome ("Dr. X fixed my knee").
func healthRule(id string) bool {
	return strings.HasPrefix(id, "PRIV-") || id == "ENDORSE-01"
}

// firstPerson and clinical find self-disclosure the checklist does not
// flag in a post (it reads posts by the practice, where "my" is the
// practice): "my insulin", "I was diagnosed", "my HIV meds".
var (
	firstPerson = regexp.MustCompile(`(?i)\b(my|i|i'm|i’m|i've|i’ve|me)\b`)
	clinical    = regexp.MustCompile(`(?i)\b(diagnos\w*|meds|medications?|prescriptions?|surgery|surgeries|biopsy|chemo\w*|` +
		`insulin|diabetes|diabetic|cancer|tumou?r|hiv|depression|depressed|anxiety|pregnan\w*|miscarriage|` +
		`therapy|rehab|symptoms?|infection|std|sti|blood pressure|cholesterol|asthma|migraines?|arthritis|` +
		`treatment|procedure|appointment|x-rays?|mri|scan results|test results|lab results)\b`)
	sentenceEnd = regexp.MustCompile(`[.!?\n]+`)
)

// healthFindings returns what in a comment reveals the commenter's health
// or identity: the checklist's privacy findings, plus first-person clinical
// words. Nil means nothing was seen.
func healthFindings(ctx context.Context, checker *compliance.Checker, text string, now time.Time) []post.Finding {
	var out []post.Finding
	if checker != nil {
		rep := checker.Check(ctx, compliance.Draft{Text: text, Now: now})
		for _, f := range rep.Findings {
			if healthRule(f.Rule) {
				out = append(out, f)
			}
		}
	}
	start := 0
	for _, end := range append(sentenceEnd.FindAllStringIndex(text, -1), []int{len(text), len(text)}) {
		sentence := text[start:end[0]]
		if firstPerson.MatchString(sentence) {
			for _, m := range clinical.FindAllStringIndex(sentence, -1) {
				out = append(out, post.Finding{Rule: SelfDisclosureRule, Severity: post.SeverityWarn,
					Message: "The commenter writes about their own health.", Start: start + m[0], End: start + m[1],
					Match: sentence[m[0]:m[1]], NeedsHuman: true, Source: "S5"})
			}
		}
		start = end[1]
	}
	return out
}
