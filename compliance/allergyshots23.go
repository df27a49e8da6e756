package compliance

import (
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Allergy shots compared (MIS-01, issue 11, session 23; tests in
// allergyshots23_test.go).
//
// MIS-01 lists a remedy said to work "better than" or "faster than"
// shots: the myth that vitamins or elderberry beat vaccines. In a
// sentence about allergies "shots" are allergy shots: "Our allergy drops
// work better than shots — and kids actually like them!", "Our allergy
// shots work better than any pill on the market." compare two allergy
// treatments, a claim of superiority a doctor checks (warn), as six
// readable dev sets label them; they blocked.

// allergyWords say a sentence is about allergies.
var allergyWords = newWordSet([]string{"allergy", "allergies", "allergic", "allergist", "ragweed", "pollen", "hayfever",
	"immunotherapy", "sublingual", "alergia", "alergias"})

// vaccineNamed23 are words that make a shot a vaccine whatever else the
// sentence says: "better than the flu shot, even in allergy season".
var vaccineNamed23 = newWordSet([]string{"flu", "covid", "measles", "mmr", "jab", "jabs", "shingles", "tetanus", "hpv",
	"pneumonia", "whooping", "polio", "booster", "boosters", "rsv"})

// allergyShotsCompared turns a MIS-01 block whose shot is an allergy shot
// into a warning: the match holds "shot" or "shots" and no vaccine word,
// and its sentence names an allergy and no vaccine.
func (s *scan) allergyShotsCompared(out []post.Finding) {
	// The sentence is read once however many findings it holds: a long
	// post of one sentence must not be walked per finding.
	lastSi, allergyOnly := -1, false
	s.shortBlocks(out, 12, shotWords23, func(f *post.Finding, from, _ int) {
		if si := s.toks[from].sent; si != lastSi {
			se := s.sents[si]
			lastSi = si
			allergyOnly = s.sentenceHasWord(si, allergyWords) && !s.sentenceHasWord(si, vaccineNamed23) && !s.vaccineWordIn(se.tokStart, se.tokEnd) &&
				!s.remedyBeatsShots23(si)
		}
		if !allergyOnly {
			return
		}
		f.Severity = post.SeverityWarn
		f.Message = "This compares allergy treatments (drops, shots, pills). Check the claim that one works better is supported."
		f.Suggestion = "Say what each treatment offers instead of which is better."
	})
}

// shotWords23 are the words of a shot that may be an allergy shot.
var shotWords23 = newWordSet([]string{"shot", "shots"})

// vaccineWordIn reports a word starting "vaccin", "vacun", "vacin",
// "immuniz" or "immunis" in [from, to).
func (s *scan) vaccineWordIn(from, to int) bool {
	for k := from; k < to; k++ {
		w := s.toks[k].low
		if strings.HasPrefix(w, "vaccin") || strings.HasPrefix(w, "vacun") || strings.HasPrefix(w, "vacin") ||
			strings.HasPrefix(w, "immuniz") || strings.HasPrefix(w, "immunis") {
			return true
		}
	}
	return false
}

// remedyBeatsShots23 reports a remedy named in sentence si: then "shots"
// are the vaccines the myth says it beats, whatever allergy the sentence
// also names ("Elderberry works better than shots for kids with
// allergies", "Vitamin C works better than shots this allergy season",
// "Homeopathic drops work better than shots, and no allergic
// reactions!"; att23).
func (s *scan) remedyBeatsShots23(si int) bool {
	return s.sentenceHasWord(si, remedyWords) || s.sentenceHasWord(si, shotMythRemedies23)
}

// shotMythRemedies23 are the remedies the vaccine myth names that
// remedyWords lacks (att23).
var shotMythRemedies23 = newWordSet([]string{"vitamin", "vitamins", "zinc", "diet", "immunity", "homeopathy", "probiotic",
	"probiotics", "echinacea", "colloidal", "quercetin", "supplement", "supplements", "organic", "vitamina", "vitaminas"})
