package compliance

// Care done to the reader, told by its verb (session 19, t19reply): "glad
// we could stitch you up", "we were able to patch you up", "so glad we
// could splint your wrist". replyPracticeActed (reply_acted16.go) reads
// "we" and a verb of what the practice does with a patient or their
// papers; these are the verbs of what it does to a patient's body, in
// base and past form, which a patient alone has done to them.
var careActVerbs = newWordSet([]string{"stitch", "stitched", "patch", "patched", "sew", "sewed", "sewn", "glue", "glued",
	"splint", "splinted", "cast", "casted", "wrap", "wrapped", "bandage", "bandaged", "numb", "numbed", "drain", "drained",
	"vaccinate", "vaccinated", "immunize", "immunized", "swab", "swabbed", "examine", "examined", "diagnose", "diagnosed",
	"treat", "treated", "deliver", "delivered", "reset", "fix", "suture", "sutured", "remove", "removed", "inject", "injected"})

// seeVerbs are "see" in its forms: a visit when the reader follows with a
// time ("see you that afternoon"), a glance at their feelings when a verb
// does ("we could see you were upset").
var seeVerbs = newWordSet([]string{"see", "saw", "seen"})

// seenWhen follow "see you" when it tells a visit that happened: "we could
// see you that afternoon", "saw you the same day", "see you so quickly".
var seenWhen = newWordSet([]string{"that", "this", "same", "today", "yesterday", "so", "quickly", "before", "sooner", "right", "first"})

// seenReaderAt reports "you" after the "see" at v, then a word of when:
// the reader seen at a visit.
func (s *scan) seenReaderAt(v, end int) bool {
	return v+2 < end && inSet(s.toks[v+1].low, "you", "u", "ya") && seenWhen.has(s.toks[v+2].low)
}
