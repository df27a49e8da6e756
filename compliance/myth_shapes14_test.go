package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestMythRemedyCuresByShape: a food, a drink, a home practice or a folk
// healer said to cure, clear or pull out an illness, in English and
// Spanish, is a false claim stated as fact (MIS-01 block); told as not
// working it goes to a doctor (warn). A remedy that soothes or eases, or
// a food in a recipe, claims no cure and passes.
func TestMythRemedyCuresByShape(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Boiled onion syrup cures whooping cough in three days, trust your tía.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A warm compress of mustard and lard clears bronchitis overnight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Horseradish tea kills a sinus infection faster than any antibiotic.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Un té de canela con limón cura la gripa en un día, palabra de abuela.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "La sábila con miel quita el asma de los niños 🌵", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Rubbing warm oil on the chest pulls the fever out of little ones.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sitting in a hot bath cures a kidney infection, no pills needed.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Onion syrup won't cure whooping cough. Call us if your child's cough comes in fits.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "La sábila no cura el asma. Use el inhalador que le recetamos.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Warm tea with honey can soothe a sore throat for kids over one.", want: post.VerdictPass},
		{text: "Our caldo de pollo recipe: onion, garlic, cilantro, and a squeeze of lime.", want: post.VerdictPass},
		{text: "Ginger tea may ease nausea for some people in early pregnancy.", want: post.VerdictPass},
	})
}

// TestMythCareForgoneForLifestyle: a diet, a food, a habit or a belief
// said to make a proven treatment or screening unneeded ("if you eat
// well you don't need your statin", "ditch the shot") is a myth stated as
// fact (block); quoted as something heard and answered, it warns. A need
// that is really not there ("you don't need an appointment") passes.
func TestMythCareForgoneForLifestyle(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "If you eat plenty of oats and beans, you don't need a statin.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Eat your greens every day and you'll never need blood sugar pills.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Walk every morning and eat clean, and you won't need a Pap test.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Si come bien y camina, no necesita las pastillas de la presión.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Plenty of sunshine means you can ditch the flu shot this year.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "\"I eat well, so I don't need a mammogram.\" We hear it every week. Diet helps, but screening still matters.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "You don't need an appointment for a flu shot: walk in any weekday.", want: post.VerdictPass},
		{text: "Eat a light breakfast before your visit; you don't need to fast for this blood test.", want: post.VerdictPass},
		{text: "Eating well and walking help your blood pressure pills do their job.", want: post.VerdictPass},
	})
}

// TestMythRemedyMoreShapes: the Spanish passive "X se cura con Y", a
// remedy said to keep an illness away or flush it out, a remedy said to
// work better than medicine, and a sunburn said to be impossible in cold
// or cloud are myths stated as fact (block); asked and answered no, or
// quoted and answered, they warn.
func TestMythRemedyMoreShapes(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "La tos de los niños se cura con miel y limón, no hace falta el jarabe.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El mal de ojo se quita pasando un huevo por el cuerpo.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "¿La gripa se cura con una sobada? No. Si tiene fiebre alta, llámenos.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "A spoon of cod liver oil every day keeps pneumonia away, just ask the old-timers.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Dandelion tea flushes kidney stones right out of you.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A hot mustard rub works better than any antibiotic for a chest cold.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "You can't get a sunburn when it's cloudy, so leave the sunscreen at home.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Las infecciones de orina se curan con antibióticos: llámenos si arde al orinar.", want: post.VerdictPass},
		{text: "Sunscreen every day, even when it's cloudy: UV gets through clouds.", want: post.VerdictPass},
		{text: "Keep a bottle of water with you: it keeps you going on long shifts.", want: post.VerdictPass},
	})
}

// TestMythVaccineAutismAsserted: the vaccine-autism myth said to be real or
// unsettled after a "Vaccines and autism:" heading, a shot said to be
// "tied to" autism or "why" children show it, and a booster said to carry
// a tracker, are stated (block); the heading with a denial warns.
func TestMythVaccineAutismAsserted(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Vaccines and autism: the connection is real, whatever the CDC says.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "MMR and autism: the research still isn't settled, so waiting is reasonable.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Because the MMR is tied to autism, we offer a split schedule.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "The new boosters carry tracking chips, so we skip them.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Vaccines and autism: no link, in study after study.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Do vaccines cause autism? We honestly can't rule that out.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "'Cracking your knuckles causes arthritis' — studies keep finding it doesn't.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Autism screening happens at the 18-month visit, along with any shots due.", want: post.VerdictPass},
	})
}

// TestMythFreshKinds14: a debunk headed "myth-busting:", a remedy said to
// stop an illness and asked with no evidence given, the HPV vaccine said
// to make teens have sex, and cold wind said to give the flu.
func TestMythFreshKinds14(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Sunscreen myth-busting: you do need SPF in winter, snow reflects UV.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Onion socks stop a fever overnight? There's no evidence they do. Call us if it lasts.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "A honey and onion poultice stops a chest infection cold.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Onion socks stop a fever? Grandpa swears by them, but studies found nothing.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Onion socks stop a fever. Grandpa swears by them!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Gardasil encourages kids to have sex earlier, so hold off.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, the HPV vaccine doesn't make teens more likely to have sex.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "The HPV vaccine works best when given at 11 or 12, long before any exposure.", want: post.VerdictPass},
		{text: "Cold wind gives you pneumonia, so cover your chest on the boat.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Windy and cold out there: bundle up and stop by for your flu shot.", want: post.VerdictPass},
	})
}
