package compliance

// Session 28 (t28reply): a reply that takes the matter offline names the
// staff member to call after "our" and a role ("Please call our practice
// manager, Deb, at ...", "nuestra gerente de la clínica, Rosa", "nossa
// gerente, Ana"). ourRoleBefore stopped at "practice", "clinic",
// "patient" and at Portuguese "nossa", so the staff name read as a third
// person (REV-02 warn) in two writers' sets (dev163, dev164).

// ourPortuguese28 is Portuguese "our".
var ourPortuguese28 = newWordSet([]string{"nossa", "nosso", "nossas", "nossos"})

// staffRoles28 are roles ourRoleBefore's lists lacked: Spanish and
// Portuguese managers and coordinators, and English office roles.
var staffRoles28 = newWordSet([]string{"supervisor", "advocate", "liaison", "representative", "rep", "scheduler", "concierge",
	"gerente", "administradora", "administrador", "coordinadora", "directora", "director", "encargada", "encargado",
	"coordenadora", "coordenador", "diretora", "diretor", "responsável"})

// roleModifiers28 stand before a role without being one: "practice
// manager", "patient care coordinator", "gerente de la clínica".
var roleModifiers28 = newWordSet([]string{"practice", "clinic", "patient", "patients", "care", "experience", "relations", "services",
	"operations", "business", "site", "head", "senior", "new", "wonderful", "amazing", "lovely",
	"de", "la", "del", "da", "do", "das", "dos", "clínica", "clinica", "consultorio", "oficina", "consultório", "pacientes", "atención",
	"atencion", "atendimento"})
