package compliance

import "github.com/practicepost/practicepost/post"

// A screenshot, photo or message the post says shows a person's name,
// with their care (session 19, t19leak): "posting the screenshot of her
// text (name's at the top, I'll blur it later lol) bc she thanked Dr.
// Okafor for catching her thyroid nodule", "you can see her name",
// "full name and all", "sale su nombre arriba". What the picture shows
// is posted as surely as the words: the name and the care together
// disclose it (PRIV-12 block). A screenshot of the practice's hours or
// portal shows no one's name; a name said to be hidden is no one's.

// captureWords are pictures and messages a post shares.
var captureWords = newWordSet([]string{"screenshot", "screenshots", "screencap", "screengrab", "ss", "pic", "pics", "photo",
	"picture", "text", "texts", "message", "messages", "dm", "dms", "card", "note", "letter", "email", "captura", "foto",
	"mensaje", "tarjeta", "carta", "printscreen"})

// nameWords are a person's name told as something a picture shows.
var nameWords = newWordSet([]string{"name", "nombre", "nome", "nom"})

// nameShownWords beside "name" say the picture shows it: "at the top",
// "in the corner", "visible", "you can see her name", "full name and
// all", "sale su nombre arriba", "I'll blur it later".
var nameShownWords = newWordSet([]string{"top", "corner", "visible", "shows", "showing", "shown", "see", "all", "oops", "blur",
	"arriba", "sale", "aparece", "ve", "tapo", "tapar", "borrar", "header", "bottom", "signed", "signature"})

// nameRemovedWords say the name is not shown: "name removed", "name
// cropped out", "blurred".
var nameRemovedWords = newWordSet([]string{"removed", "blurred", "hidden", "covered", "redacted", "cropped", "cut", "erased",
	"changed", "without", "no", "sin", "borrado", "tapado", "pixelated"})

// namedCaptures finds a capture the post says shows a name, with care
// told in the post near it.
func (s *scan) namedCaptures() []post.Finding {
	// Four look-ups in the word index first: most posts say no "name".
	if !s.hasWord("name", "nombre", "nome", "nom") || !s.hasAny(captureWords) {
		return nil
	}
	tries := 0
	for i := range s.toks {
		if !nameWords.has(s.toks[i].low) {
			continue
		}
		si := s.toks[i].sent
		shown, removed := s.nameShown(i)
		if !shown || removed || i > 0 && inSet(s.toks[i-1].low, "your", "ur", "tu", "our") {
			continue // "write your name at the top": the reader's own, on a form
		}
		// captureNear and describedCare walk whole sentences: asked of
		// a few names only, so a text of many stays linear.
		if tries++; tries > describedTries {
			break
		}
		c := s.captureNear(si)
		if c < 0 {
			continue
		}
		care := false
		for j := max(0, si-1); j < len(s.sents) && j <= si+1; j++ {
			care = care || s.describedCare(j)
		}
		if !care {
			continue
		}
		from, to := min(c, i), max(c, i)
		f := s.finding(from, to+1, "The picture or message this post shares shows a person's name, and the post tells their care: posted, both are disclosed.")
		f.Severity = post.SeverityBlock
		f.Suggestion = "Share no picture that shows a name; retell the kind words without it, and leave the care out."
		return []post.Finding{f}
	}
	return nil
}

// nameShown reports, within four words either side of the name word at
// i in its sentence, a word that says the picture shows it, and one that
// says it is hidden.
func (s *scan) nameShown(i int) (shown, removed bool) {
	se := s.sents[s.toks[i].sent]
	for k := max(se.tokStart, i-4); k < se.tokEnd && k <= i+4; k++ {
		w := s.toks[k].low
		shown = shown || nameShownWords.has(w) || k > i && inSet(w, "at", "on", "in") && k+1 < se.tokEnd && inSet(s.toks[k+1].low, "the", "it")
		removed = removed || nameRemovedWords.has(w)
	}
	return shown, removed
}

// captureNear returns a capture word in sentence si or the one before,
// or -1.
func (s *scan) captureNear(si int) int {
	for j := si; j >= 0 && j >= si-1; j-- {
		se := s.sents[j]
		for k := se.tokStart; k < se.tokEnd; k++ {
			if captureWords.has(s.toks[k].low) {
				return k
			}
		}
	}
	return -1
}
