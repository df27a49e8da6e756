package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// A sample card ending (issue 11, session 19, t19prec): "Card ending
// 1234? That's the example on our online payment page, not anyone's real
// card." A card's last digits block (PRIV-09) because next to a bill they
// point at the payer; a form's placeholder points at no one. As with an
// SSN outside the issued ranges (PRIV-01), the sample only warns: its
// digits are a placeholder's (one digit repeated, a run like 1234, the
// test card's 4242) and the post says it is an example. Real endings
// ("card ending 4821 found in the lobby") and a placeholder the post does
// not call one keep their block.

// sampleEnding reports whether the last digits g are a placeholder's.
func sampleEnding(g string) bool {
	if len(g) < 3 || strings.Trim(g, "0123456789") != "" {
		return false
	}
	if strings.Count(g, g[:1]) == len(g) {
		return true // 0000, 1111
	}
	return strings.Contains("0123456789", g) || strings.Contains("9876543210", g) || g == "4242"
}

// exampleWords say a value is shown as an example, not anyone's.
var exampleWords = []string{"example", "sample", "placeholder", "dummy", "fake", "made-up", "made up", "not a real",
	"not anyone's", "not anyone’s", "not someone's", "not real", "for instance", "e.g.", "ejemplo", "muestra", "ficticio"}

// calledExample reports whether the text within 120 bytes of [from,to)
// calls what it shows an example.
func calledExample(text string, from, to int) bool {
	near := strings.ToLower(text[max(0, from-120):min(len(text), to+120)])
	for _, w := range exampleWords {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// sampleCardFinding is PRIV-09's finding for a card ending that is a
// placeholder called an example: a warn for a person to confirm.
func sampleCardFinding(start, end int) post.Finding {
	return post.Finding{Start: start, End: end, Severity: post.SeverityWarn, NeedsHuman: true,
		Message: "This looks like a sample card ending shown as an example. If it is anyone's real card, remove it."}
}
