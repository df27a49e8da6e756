package compliance

import (
	"regexp"
	"strings"

	"github.com/practicepost/practicepost/post"
)

// Care told in a Spanish or Portuguese reply in words the English cue
// lists and the health lexicon do not read (session 23, t23reply), each
// held only by the learned backstop on the development sets:
//   - what the practice advised or prescribed the reader: "como le
//     recomendamos", "como te indicamos", "como lhe receitamos";
//   - a checkup in a series, theirs or booked: "su control de los 6
//     meses", "nos vemos na consulta de 32 semanas";
//   - their dose adjusted: "llámenos para ajustar la dosis";
//   - a treatment that worked or failed for them: "que la medicina para
//     la presión no le haya funcionado".
//
// Each blocks (REV-01), as the sets label them. "Como recomendamos a
// todos" (as we advise everyone) and a checkup told of anyone ("la
// consulta de los 2 meses incluye vacunas") pass.
var (
	adviceToReaderRE = regexp.MustCompile(`\bcomo (?:le|te|lhe) (?:recom(?:end)|indic|recet|receit|record|dij|dissemos|falamos)\p{L}*`)
	seriesCheckupRE  = regexp.MustCompile(`\b(?:(su|tu|seu|sua)|(?:nos vemos|hasta|até|ate)(?: en| na| no| a)?(?: la| el| su| sua| seu)?) (?:control|chequeo|consulta|cita|revisión|revision|revisão|revisao|check-up|vacunas|vacinas)(?: de| do| da)?(?: los| las| os| as)? \d+ (?:meses|mes|semanas|semana|años|año|anos|ano|dias|días)\b`)
	doseAdjustRE     = regexp.MustCompile(`\bajust(?:ar|amos|aremos|emos)(?: le| lhe)? (?:la|su|tu|a|sua) (?:dosis|dose|medicina|medicación|medicação|medicacao|tratamiento|tratamento|insulina)\b`)
	careWorkedRE     = regexp.MustCompile(`\b(?:medicina|medicamento|medicamentos|pastilla|pastillas|tratamiento|remedio|inhalador|insulina|remédio|remedio|medicação|medicacao|tratamento|pomada|crema)\b[^.!?]{0,40}?\b(?:le|te|lhe) (?:(?:haya|ha|está|esté|esta|este|tem|têm|estão|está) )?(?:funcionado|funcionó|funciono|funcione|funcionando|ayudado|ayudó|ayudo|ayudando|sirvió|servido|ajudou|ajudando|ajudado|funcionou)\b`)
)

// foreignCareToldIn reports sentence si telling, in Spanish or Portuguese,
// care the reader was given.
func (s *scan) foreignCareToldIn(si int) bool {
	se := s.sents[si]
	text := s.text[se.start:se.end]
	if !strings.ContainsAny(text, "ñóáíéúãçêõ") && !strings.Contains(text, "como") && !strings.Contains(text, "ajust") && !strings.Contains(text, " de ") {
		return false
	}
	low := strings.ToLower(text)
	if adviceToReaderRE.MatchString(low) || doseAdjustRE.MatchString(low) || careWorkedRE.MatchString(low) {
		return true
	}
	return seriesCheckupRE.MatchString(low)
}

// replyForeignCare23 finds such care in the sentences still open.
func (s *scan) replyForeignCare23(open []bool) []post.Finding {
	c := sentenceFindings{s: s, done: open}
	for si := range s.sents {
		if !open[si] && s.foreignCareToldIn(si) {
			c.addSentence(si, false, "This reply tells care the reviewer was given (advice, a checkup, a dose, a medicine that worked): it tells everyone they were treated here.")
		}
	}
	return c.out
}
