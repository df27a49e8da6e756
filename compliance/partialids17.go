package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Partial identifiers (session 18, t18ident). A number with most of its
// digits hidden is still one person's number: a Social Security number
// masked in its groups ("***-**-6629", "XXX-XX-0917") keeps the four
// digits every bank, plan and phone line asks for. A mailbox told "at
// gmail" and a pickup told by its model number ("the blue F-150") point
// at one person the same way.

// maskedSSNRE is a Social Security number with its first five digits
// masked: "***-**-6629", "XXX-XX-0917", "•••-••-1120", "***-**7730".
// Only digits in the last group count; "XXX-XX-XXXX" is a shape, no one's.
var maskedSSNRE = mustAnchor(`(?i)[x*•]{3}[- ]?[x*•]{2}[- ]?(\d{4})\b`, 24)

// maskedSSNs finds masked Social Security numbers (PRIV-01). The digits
// told are someone's: a warning that never asks for the number gives
// none, so no warning is looked for.
func maskedSSNs(s *scan) []post.Finding {
	if !strings.Contains(s.text, "**") && !strings.Contains(s.text, "xx") && !strings.Contains(s.text, "XX") && !strings.Contains(s.text, "••") {
		return nil
	}
	var out []post.Finding
	for _, m := range s.findAtBytes(maskedSSNRE, func(i int) bool {
		c := s.text[i]
		return (c == 'x' || c == 'X' || c == '*' || c == 0xe2) && (i == 0 || !isWordByte(s.text[i-1]) && s.text[i-1] != '*')
	}) {
		out = append(out, post.Finding{Start: m[0], End: m[1], Message: "A masked Social Security number still gives its last four digits, which banks and plans use to confirm who someone is. Never in a post."})
	}
	return out
}

// yearRange reports whether a bare account-like number is a span of
// years: "2023-24", "2025-2026".
func yearRange(g string) bool {
	first, second, ok := strings.Cut(g, "-")
	if !ok || len(first) != 4 || len(digitsOf(first)) != 4 || (len(second) != 2 && len(second) != 4) || len(digitsOf(second)) != len(second) {
		return false
	}
	return strings.HasPrefix(first, "19") || strings.HasPrefix(first, "20")
}

// mailProviders are the big mail services a mailbox is told "at":
// "rasheed.k at outlook".
var mailProviders = newWordSet([]string{"gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "protonmail", "ymail", "comcast",
	"verizon", "sbcglobal", "bellsouth"})

// mailboxLike reports whether the name before a spelled "at" looks like
// a mailbox, not a person or a word: a dot, an underscore or a digit
// inside it ("l.okafor", "tran_b99", "jdiaz88"). "Maria at Outlook
// Elementary" is a person at a school.
func mailboxLike(local string) bool {
	return strings.ContainsAny(strings.TrimRight(local, "._-"), "._0123456789")
}

// pickupLeads, before a model number, make it a truck's: "F-150", "Ram
// 2500".
var pickupLeads = newWordSet([]string{"f", "ram"})

// pickupModel reports whether tokens from i tell a pickup by its model
// number ("F-150", "F 250", "Ram 2500") and returns the token after it.
func (s *scan) pickupModel(i int) (end int, ok bool) {
	w := s.toks[i].low
	if !pickupLeads.has(w) || !s.toks[i].capital {
		return 0, false
	}
	n := i + 1
	if n < len(s.toks) && s.toks[n].low == "-" && w == "f" {
		n++
	}
	if n >= len(s.toks) || s.toks[n].kind != tokNumber {
		return 0, false
	}
	switch num := s.toks[n].low; {
	case w == "f" && inSet(num, "150", "250", "350", "450", "550"):
		return n + 1, true
	case w == "ram" && inSet(num, "1500", "2500", "3500"):
		return n + 1, true
	}
	return 0, false
}
