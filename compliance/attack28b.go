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
