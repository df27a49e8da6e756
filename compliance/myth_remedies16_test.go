package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestHarmfulRemedyApplied16: a first-aid myth recommended (something put
// on, in or given for an injury that it harms: butter or toothpaste on a
// burn, urine on a sting, warm oil in an aching ear, spirits on a
// teething baby's gums, bleach on a cut) is a false claim stated as fact
// (MIS-01 block), also when the injury is asked in a question just before
// ("Burned yourself? ..."). Debunked ("No, ... does not help", asked and
// answered, "Myth: ... Fact: ...", told and then corrected with what to do
// instead) it goes to a doctor (warn). True first-aid advice that refuses
// the remedy in passing ("not butter", "don't rub it with snow") passes.
func TestHarmfulRemedyApplied16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Recommended.
		{text: "Scalded your arm on the stove? Smear some butter on it, works every time 🧈", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Got stung by a jellyfish at the cove? Pee on it, trust us 🪼", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Old kitchen trick: toothpaste on a fresh burn takes the sting out.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Earache keeping the little one up? A few drops of warm olive oil in the ear and it's gone by morning.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Grandpa's secret: a dab of bourbon on the gums settles a teething baby right down 🥃", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Deep cut while gutting fish? Pour a little bleach on it so it won't get infected.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "¿Te quemaste cocinando? Ponle mantequilla encima, remedio de la abuela que sí funciona.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Frostbitten fingers after ice fishing? Rub them with snow to get the blood going.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Little one running a fever? Rub his chest with a bit of vodka and it breaks by morning.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Goose grease rubbed on the chest is still the best thing for croup, ask any grandma.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Whiskey and lemon is the best thing for a toddler's cough, works every time.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Colicky newborn? A little honey on the pacifier for your baby works wonders.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "El susto es real: una barrida con huevo lo cura y no hace falta médico.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Para la mollera caída, una sobada con aceite tibio y listo.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Man o' war sting at the sandbar? Pee on it. Sorry not sorry 😅", want: post.VerdictBlock, rule: "MIS-01"},
		// Debunked: the myth's words repeated, so a doctor checks it.
		{text: "No, toothpaste on a burn doesn't help. Run it under cool water for 20 minutes.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Pee on a jellyfish sting? Please don't. Rinse with vinegar or seawater.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: butter soothes a burn. Fact: it holds the heat in. Cool water, then a clean cover.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Bourbon on a teething baby's gums: please don't. Alcohol is dangerous for infants.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Mayo on a burn is a family classic, but it keeps the heat in. Use cool running water instead.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Vodka on a scraped knee? It stings and harms the tissue; soap and water clean it better.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Alcohol rubs for a fever are dangerous for kids: it soaks in through the skin.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Honey for a baby's cough? Not before age 1: it can carry botulism.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Una limpia con huevo no cura el empacho; si su bebé no come, tráigalo.", want: post.VerdictReview, rule: "MIS-01"},
		// True advice that refuses the remedy in passing.
		{text: "Kitchen burns: cool running water for 20 minutes, not butter or ice!", want: post.VerdictPass},
		{text: "Frostbite: get indoors and rewarm in warm water. Never rub it with snow.", want: post.VerdictPass},
		{text: "Burned your hand? Run it under cool water for 20 minutes and cover it loosely.", want: post.VerdictPass},
		{text: "Jellyfish sting? Rinse with seawater or vinegar, lift off tentacles with a card, then ice.", want: post.VerdictPass},
		{text: "Teething? A cold washcloth on the gums helps, and skip the numbing gels.", want: post.VerdictPass},
		{text: "Earwax? A couple of drops of olive oil can soften it; call us if your ear hurts.", want: post.VerdictPass},
		{text: "Butter on the corn, sunscreen on the kids: see you at the fair 🌽", want: post.VerdictPass},
		{text: "Summer cookout tip: treat grill burns with cool water, not butter or mayo!", want: post.VerdictPass},
		{text: "Sick? Fluids, rest, and tea with honey (not for babies under 1).", want: post.VerdictPass},
		{text: "A spoon of honey for coughing kids over 1 is a good night's sleep for everyone.", want: post.VerdictPass},
		{text: "Mal de ojo, empacho, susto: we know these words too. A baby with a fever under 3 months needs a call to us.", want: post.VerdictPass},
		{text: "Fever? Alcohol is the worst thing for a fever; stick to water and rest.", want: post.VerdictPass},
	})
}

// TestCauseMythStated16: a known false cause told as fact (spicy food and
// ulcers, body heat lost through the head, cold water after a meal or in
// the heat, wet hair and pneumonia, a draft and facial paralysis), in
// English, Spanish and Portuguese, blocks; denied or labelled a myth it
// goes to a doctor; the true fact near the same words passes.
func TestCauseMythStated16(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Hot wings night? Remember spicy food gives you ulcers, so pace yourself 🌶️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "La comida picante causa úlceras, cuidado con el chile.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Put a hat on the kids: most body heat escapes through the head!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cold water after a big meal causes cramps, so drink it warm.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Tomar agua helada después de comer da cólicos a los niños.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Beber água gelada depois de comer causa câncer, cuidado!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Drinking ice water after mowing in the heat can shock your heart into a stroke.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heading out with wet hair in January is how you end up with pneumonia.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cuidado: el aire frío después del baño causa parálisis facial.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Spicy food doesn't cause ulcers; H. pylori and pain relievers do.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "An old belief in many families: hot sauce causes ulcers. Most ulcers come from H. pylori or pain pills.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Myth: cold water after eating causes cramps. Fact: drink it however you like it.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Some say you lose most of your body heat through your head. Not true: any bare skin loses heat.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Forgot your hat and went out with wet hair? That's how you catch a cold!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sleeping by a drafty window is how you get pneumonia, so close it tonight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "La abuela tiene razón: el frío causa la gripe, abríguense.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A spoonful of sulfur and molasses cleans your blood every spring.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Think wet hair is how you catch a cold? Nope, viruses do that.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Pineapple can bring on a miscarriage, so skip it while you're pregnant.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Raw milk builds a stronger immune system than store milk 🐄", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Heard pasteurization kills the nutrients in milk? It doesn't; raw milk can carry E. coli.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Skipped washing your hands after the bus? That's how you catch a cold 🧼", want: post.VerdictPass},
		{text: "Your kidneys clean your blood all day; keep them healthy with water and BP checks.", want: post.VerdictPass},
		{text: "Cold water shock is real: the first minute in the lake is the most dangerous. Wear a life jacket.", want: post.VerdictPass},
		{text: "Drinking cold water after a shift in the heat is safe and cools you down fast 🧊", want: post.VerdictPass},
		{text: "Love spicy food? Heartburn after hot wings is common; call us if it happens every week.", want: post.VerdictPass},
		{text: "Wear a hat and gloves when the wind chill drops below zero.", want: post.VerdictPass},
	})
}

// TestRemedyMyths16Linear: the remedy shape looks a few words around each
// remedy word, so a long text of remedies and injuries costs time in
// proportion to its length.
func TestRemedyMyths16Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "Burned? butter on it, pee on a sting, bleach on a cut, not ice; Myth: spicy food causes ulcers. Cool water instead. ")
}
