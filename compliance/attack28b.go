package compliance

// Session 28, second attacker (att28b).
//
// ourRoleBefore skips words about a role ("our practice manager, Deb",
// "nuestra gerente de la clínica, Rosa", t28reply) in any place between
// "our" and the name. English puts them before the role, so read from the
// name backwards they come after it; met before any role, they are the
// name's own words: "Our nurses and patients, Rosa and Luis, said the
// same", "Our doctor and patient, Rosa, agree" named patients in a reply
// and passed. Only Spanish and Portuguese words that follow the role
// ("de la clínica", "de pacientes", "do consultório") stand between role
// and name.

// roleModifierAfter28 reports whether w is a word about a role that
// follows it: Spanish and Portuguese "de la clínica", "da clínica".
func roleModifierAfter28(w string) bool {
	return inSet(w, "de", "la", "del", "da", "do", "das", "dos", "clínica", "clinica", "consultorio", "oficina", "consultório",
		"pacientes", "atención", "atencion", "atendimento")
}

// The medicine told working (medworked28.go, ad287e9) read any capital
// after "the" in a glad sentence as a brand and any medicine word with a
// result a few words on: "So glad the Kiosk is working for you now!",
// "Glad the Portal works for you now", "Good news: online prescription
// refills are working again", "Que bom que o pedido de remédios pelo
// portal está funcionando" blocked (REV-01) replies about the office's
// things. A brand is no office thing; the medicine must be what works,
// with only a verb's helpers, its owner or "new" between, and not the
// thing a service is "of".

// officeThing28b reports whether w names a thing of the office, not a
// medicine's brand.
func officeThing28b(w string) bool {
	return facilityWords.has(w) || officeThingWords.has(w) || techWords27.has(w) ||
		inSet(w, "valet", "shuttle", "interpreter", "tablets", "pharmacy", "refill", "refills", "chat", "hotline", "mychart")
}

// medBetween28b may stand between a medicine and its result: "her new
// heart medicine is working", "his pills are finally helping", "su nueva
// medicina le está funcionando", "o remédio novo dele está funcionando".
var medBetween28b = newWordSet([]string{"is", "are", "was", "were", "has", "have", "been", "s", "finally", "really", "actually",
	"already", "still", "seems", "seem", "to", "be", "all", "both", "le", "les", "lo", "la", "está", "esta", "están", "estan", "ya",
	"dele", "dela", "deles", "novo", "nova", "novos", "novas", "nuevo", "nueva", "nuevos", "nuevas", "new", "tá", "ta", "estão",
	"estao", "já", "ja", "realmente", "de", "verdad", "mesmo"})

// medOfThing28b reports whether the medicine word at t is what a thing is
// "of": "la línea de medicamentos", "o pedido de remédios", "the list of
// medications".
func (s *scan) medOfThing28b(t, start int) bool {
	return t > start && inSet(s.toks[t-1].low, "of", "de", "da", "do", "das", "dos")
}

// The person a public event marks (incident28.go, b83efb7) was any "the
// driver" in the event's window, also in advice to the reader: "Traffic
// is backed up from the crash on Route 9. If you were in a fender bender,
// the driver and every passenger should watch for concussion signs"
// blocked (PRIV-10). "The driver" joined to "every", "any" or "all" of
// the others is anyone in a crash, no one person.

// anyOtherAfter28b reports whether the person ending at e is joined by
// "and" or "or" to every, any or all others: "the driver and every
// passenger", "the driver or anyone riding along".
func (s *scan) anyOtherAfter28b(e, end int) bool {
	return e+1 < end && inSet(s.toks[e].low, "and", "or") &&
		inSet(s.toks[e+1].low, "every", "any", "all", "anyone", "everyone", "anybody", "everybody", "each")
}
