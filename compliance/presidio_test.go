package compliance

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/internal/testshared"
	"github.com/practicepost/practicepost/post"
)

// The Presidio data sets are external measuring sticks (see
// data/README.md in the shared folder beside the repository). Their labels are Presidio's, so each is
// mapped to the Safe Harbor rule that should catch it, and labels that are
// not a patient identifier on their own (countries, organizations, titles,
// nationalities, bare years, ages under 90) are left out.

var (
	monthWordRE = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)
	dayMonthRE  = regexp.MustCompile(`\d{1,2}[/.-]\d{1,2}|\d{4}-\d{2}-\d{2}`)
)

// safeHarborRule maps a Presidio label and value to the rule that should
// report it, or "" when the span is not a Safe Harbor identifier.
func safeHarborRule(label, value string) string {
	switch label {
	case "US_SSN":
		return "PRIV-01"
	case "PHONE_NUMBER":
		return "PRIV-02"
	case "EMAIL_ADDRESS":
		return "PRIV-03"
	case "IP_ADDRESS", "DOMAIN_NAME":
		return "PRIV-04"
	case "DATE_TIME":
		if monthWordRE.MatchString(value) || dayMonthRE.MatchString(value) {
			return "PRIV-05"
		}
	case "AGE":
		if n, err := strconv.Atoi(strings.TrimSpace(value)); err == nil && n >= 90 {
			return "PRIV-06"
		}
	case "STREET_ADDRESS":
		return "PRIV-07"
	case "ZIP_CODE":
		if len(digitsOf(value)) == 5 {
			return "PRIV-07"
		}
	case "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT":
		return "PRIV-08"
	case "CREDIT_CARD", "IBAN_CODE", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER":
		return "PRIV-09"
	case "PERSON":
		return "PRIV-10"
	}
	return ""
}

type recallCount struct{ total, any, gating int }

func printRecall(t *testing.T, title string, counts map[string]*recallCount) {
	t.Helper()
	labels := make([]string, 0, len(counts))
	for l := range counts {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	t.Logf("%s", title)
	t.Logf("%-20s %-8s %6s %12s %15s", "label", "rule", "spans", "found(any)", "found(warn+)")
	var tot recallCount
	for _, l := range labels {
		c := counts[l]
		rule := strings.SplitN(l, " ", 2)
		t.Logf("%-20s %-8s %6d %7d %.3f %10d %.3f", rule[0], rule[1], c.total, c.any, ratio(c.any, c.total), c.gating, ratio(c.gating, c.total))
		tot.total += c.total
		tot.any += c.any
		tot.gating += c.gating
	}
	t.Logf("%-29s %6d %7d %.3f %10d %.3f", "all", tot.total, tot.any, ratio(tot.any, tot.total), tot.gating, ratio(tot.gating, tot.total))
}

// found reports whether rep holds a finding of rule overlapping [a,b), and
// whether one of those is warn or block.
func found(rep Report, rule string, a, b int) (any, gating bool) {
	for _, f := range rep.Findings {
		if f.Rule == rule && f.Start < b && a < f.End {
			any = true
			gating = gating || f.Severity != post.SeverityInfo
		}
	}
	return any, gating
}

// TestPresidioSynthRecall prints entity recall on presidio-research's
// synthetic sentences, per label, and how many sentences without any PII get
// a warn or block privacy finding. The floors guard the identifiers the
// checklist detects by format; names and addresses count only in patient
// context by design, so their recall on these (non-clinical) sentences is
// low and is reported, not asserted.
func TestPresidioSynthRecall(t *testing.T) {
	raw := testshared.ReadFile(t, "data/presidio-research-synth-dataset-v2.json")
	var sents []struct {
		FullText string `json:"full_text"`
		Spans    []struct {
			Type  string `json:"entity_type"`
			Value string `json:"entity_value"`
			Start int    `json:"start_position"`
			End   int    `json:"end_position"`
		} `json:"spans"`
	}
	if err := json.Unmarshal(raw, &sents); err != nil {
		t.Fatal(err)
	}
	c, _ := New(testProfile())
	// The set is split by position: items at an even index are the tuning
	// half, whose misses may be read (PRESIDIO_MISSES=1 prints them); items
	// at an odd index are held out and only ever counted, so a recognizer
	// change can be judged on text nobody tuned it to.
	halves := [2]map[string]*recallCount{{}, {}}
	counts := map[string]*recallCount{}
	var empty, emptyFlagged [2]int
	showMisses := os.Getenv("PRESIDIO_MISSES") != ""
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	for i, s := range sents {
		half := i % 2
		rep := c.Check(context.Background(), Draft{Text: s.FullText, Now: now})
		if len(s.Spans) == 0 {
			empty[half]++
			for _, f := range rep.Findings {
				if strings.HasPrefix(f.Rule, "PRIV-") && f.Severity != post.SeverityInfo {
					emptyFlagged[half]++
					// A false alarm on a sentence with no PII may be read in
					// either half: it tells what the recognizers over-match.
					t.Logf("false alarm (item %d): %s %q in %q", i, f.Rule, s.FullText[f.Start:f.End], s.FullText)
					break
				}
			}
		}
		for _, sp := range s.Spans {
			rule := safeHarborRule(sp.Type, sp.Value)
			if rule == "" {
				continue
			}
			// Positions count characters (Python); convert to bytes.
			a, b := byteOffset(s.FullText, sp.Start), byteOffset(s.FullText, sp.End)
			k := sp.Type + " " + rule
			anyF, gating := found(rep, rule, a, b)
			for _, m := range []map[string]*recallCount{counts, halves[half]} {
				if m[k] == nil {
					m[k] = &recallCount{}
				}
				m[k].total++
				if anyF {
					m[k].any++
				}
				if gating {
					m[k].gating++
				}
			}
			if showMisses && half == 0 && !gating {
				t.Logf("miss (item %d, any=%v): %s %q in %q", i, anyF, sp.Type, sp.Value, s.FullText)
			}
		}
	}
	printRecall(t, "presidio-research synth_dataset_v2, tuning half (even items): recall per label", halves[0])
	printRecall(t, "presidio-research synth_dataset_v2, held-out half (odd items): recall per label", halves[1])
	printRecall(t, "presidio-research synth_dataset_v2, whole: recall per label", counts)
	t.Logf("sentences with no PII: %d (tuning %d, held out %d), of which %d got a warn/block privacy finding (tuning %d, held out %d)",
		empty[0]+empty[1], empty[0], empty[1], emptyFlagged[0]+emptyFlagged[1], emptyFlagged[0], emptyFlagged[1])
	for label, floor := range map[string]float64{"US_SSN PRIV-01": 0.9, "EMAIL_ADDRESS PRIV-03": 0.9, "CREDIT_CARD PRIV-09": 0.6, "IP_ADDRESS PRIV-04": 0.9} {
		if c := counts[label]; c != nil && ratio(c.any, c.total) < floor {
			t.Errorf("%s recall %.3f below %.2f", label, ratio(c.any, c.total), floor)
		}
	}
}

func byteOffset(s string, runes int) int {
	n := 0
	for i := range s {
		if n == runes {
			return i
		}
		n++
	}
	return len(s)
}

// TestPresidioContextSentences prints which of Presidio's context sentences
// (an entity type, then a sentence whose context words make the entity) the
// checklist catches with the mapped rule.
func TestPresidioContextSentences(t *testing.T) {
	f, err := os.Open(testshared.Path(t, "data/presidio-context-sentences.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, _ := New(testProfile())
	counts := map[string]*recallCount{}
	var label string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if label == "" {
			label = line
			continue
		}
		rule := safeHarborRule(label, "")
		if rule == "" {
			rule = "PRIV-08" // non-US ids (FIN, PAN, TIN): "any other unique identifying number"
		}
		k := label + " " + rule
		if counts[k] == nil {
			counts[k] = &recallCount{}
		}
		counts[k].total++
		rep := c.Check(context.Background(), Draft{Text: line})
		anyF, gating := found(rep, rule, 0, len(line)+1)
		if anyF {
			counts[k].any++
		}
		if gating {
			counts[k].gating++
		}
		if testing.Verbose() && !anyF {
			t.Logf("missed %s: %q", label, line)
		}
		label = ""
	}
	printRecall(t, "presidio context sentences: recall per entity type", counts)
	if c := counts["US_SSN PRIV-01"]; c == nil || ratio(c.any, c.total) < 0.8 {
		t.Errorf("SSN context sentences: %+v", c)
	}
}
