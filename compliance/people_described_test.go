package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// Tests of tuner A's breadth work (issue 11, people and identifiers): our
// own wording of each kind, in other voices and languages.

// TestPersonToldByAge: one person told by an age and what they do or
// where ("a 58-year-old fisherman from the north end") beside a health
// detail, in a sentence that tells something that happened, is a patient
// told apart without a name (block). The same age in advice, odds or a
// study is anyone of that age.
func TestPersonToldByAge(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "A 58-year-old fisherman from the north end finally got his hernia repaired with us last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "this week we helped a 19 yr old lifeguard at the Y get on PrEP 💙", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Proud of the 72-year-old retired mail carrier who walked out of cardiac rehab on his own today!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our lab confirmed hepatitis C in a 40-year-old cook at a restaurant downtown; he's started treatment.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Big day: our 6-week-old twin from Elm Hollow came off oxygen 🎈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Uno de nuestros pacientes, un señor de 80 años que vende elotes en la plaza, ya terminó su quimioterapia.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "um senhor de 64 anos, pescador da Vila, fez a cirurgia de catarata conosco ontem", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A 45-year-old woman's risk of breast cancer is about 1 in 50 over the next ten years. Get screened.", want: post.VerdictPass},
		{text: "If you're a 50-year-old smoker, ask about lung cancer screening.", want: post.VerdictPass},
		{text: "Our 100-year-old building got a new wheelchair ramp this week!", want: post.VerdictPass},
		{text: "We hired a 25-year veteran nurse to lead our diabetes program.", want: post.VerdictPass},
		{text: "Kids 6 months and older can get a flu shot at any visit.", want: post.VerdictPass},
	})
}

// TestMadeUpNameIsARealPerson: a writer who says a name is made up ("a
// client we'll call J.", "not her real name", "llamaremos Ana") says the
// person is real; with a health detail the story is theirs (block), and
// without one nothing of their care is told.
func TestMadeUpNameIsARealPerson(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "One mom we'll call R. beat postpartum depression this year, and she wants you to know it gets better.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A client (let's call him Dev) just finished his last round of chemo!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sofia (not her real name) came to us after two miscarriages. Today she is holding her baby girl.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Una clienta, a quien llamaremos Ana, dejó de fumar después de 20 años 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Names have been changed, but this story of a family beating lead poisoning together is real.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "One volunteer we'll call J. told us our new waiting room feels like home. Thank you!", want: post.VerdictPass},
		{text: "We'll call you when your glasses are ready.", want: post.VerdictPass},
	})
}

// TestHIVStatusWords: the words of an HIV status ("undetectable", "viral
// load", "CD4") are health details beside a name, like "diabetic".
func TestHIVStatusWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "so proud of Tomas, undetectable since spring 🙌", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Keisha's viral load has been zero for a year!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to Rami, his CD4 count is finally up!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "U=U: undetectable means untransmittable. Ask us about HIV care.", want: post.VerdictPass},
	})
}

// TestSmallCells: a group so small that saying it names its members ("two
// of the three Afghan families here", "our only trans client over 60",
// "dos de las tres familias") beside a health detail that happened to
// them is PRIV-14's block; prevention every family models, a class the
// group came to, and a count of staff tell no one's care.
func TestSmallCells(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Of the three Somali families who moved to Elm Hollow this spring, two of the kids needed root canals in their first month.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "our only trans client over 60 finally had top surgery this month and he's thriving 🏳️‍⚧️", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "the only Navajo kid on the Eastside team broke his wrist at Saturday's game 😢", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Dos de las tres familias hondureñas del barrio tuvieron dengue este mes.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Of the six families who came to our diabetes class, all six said they would come back.", want: post.VerdictPass},
		{text: "Both of the kids in the photo got their shots today, and neither cried!", want: post.VerdictPass},
		{text: "One of the two nurses on shift tonight brought cookies for everyone.", want: post.VerdictPass},
		{text: "Of the four families at our diabetes class, three had never tested their blood sugar at home.", want: post.VerdictPass},
	})
}

// TestRoleToldByPlace: a role a town has one of, told by its place's
// name with words between ("the New Harbor harbor master", "the Westview
// middle school principal", "our St. Agnes choir director"), is one
// person; beside their care it blocks. A place of care's own staff is
// not the town's.
func TestRoleToldByPlace(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "The New Harbor harbor master is finally wearing his hearing aids after his audiogram with us 🦻", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the Westview middle school principal came in for his colonoscopy today 😅", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Our St. Agnes choir director is home after her hip replacement!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon to the Lakeside High head football coach after his knee surgery!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to the Westview middle school principal for hosting our flu clinic!", want: post.VerdictPass},
		{text: "The Mercy Hospital night nurse manager retired this week after 30 years!", want: post.VerdictPass},
	})
}

// TestOnePersonAtAPlace: a worker told by the place they work ("the
// Versailles bakery cashier", "the new ticket taker at the Kaseya
// Center"), a role's child after a kin adjective ("the 3rd grade
// teacher's little boy") and a home told by its look ("the yellow house
// with the mango tree", "la casa azul de la esquina") point at one
// household; beside care they block.
func TestOnePersonAtAPlace(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "the Kroger deli cashier who always saves us the good rotisserie chicken is 12 weeks along!! 🤰", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The new night dispatcher at the Harlan County 911 center tested positive for COVID yesterday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Lady Tigers' starting point guard got her ankle fixed up, back by tournament time!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The 2nd grade teacher's little girl had three cavities filled today and was so brave 😁", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "the yellow house with the mango tree on Palm Ave: the home-visit nurse comes for your wound dressing change at 10 tomorrow", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "To the family in that green trailer up Coon Holler: your mama's oxygen tank is ready for pickup.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "La casa azul de la esquina: la enfermera pasa mañana a revisar la herida de su cirugía.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Our little white house on Main St has been our office since 1982. Come get your flu shot!", want: post.VerdictPass},
		{text: "Come visit the red barn at the fall festival, free blood pressure checks!", want: post.VerdictPass},
		{text: "Thanks to the volunteer greeters at the Elm Street entrance for a great flu clinic!", want: post.VerdictPass},
		{text: "The water at the Riverside fountain is back on, stay hydrated!", want: post.VerdictPass},
	})
}

// TestFewCasesOnAStreet: a few cases told by the street people live on
// ("two new TB cases on Hickory Ln", "three positive hep C screens from
// off Welch Creek Rd") name the households, even said to the neighbours;
// a venue's address, a public place and prevention do not.
func TestFewCasesOnAStreet(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Two new TB cases on Hickory Ln this week; if you live nearby, come get screened.", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "three positive hep C screens from off Beaver Creek Rd this month. share works? come see us", want: post.VerdictBlock, rule: "PRIV-14"},
		{text: "Free flu shots for the first 3 people at 120 Main St this Saturday!", want: post.VerdictReview, rule: "CLAIM-07"},
		{text: "Three kids on Elm St got their flu shots today, did yours?", want: post.VerdictPass},
		{text: "We had 4 overdoses at the Main St bridge this weekend. Carry Narcan.", want: post.VerdictReview},
	})
}

// TestDescribedInOtherWords: a man described as "the young fella in the
// camo truck", a handle beside "that heart scare", a pseudonym with a
// word between ("I'll just call J.") and drug use told in everyday words
// ("shootin up") are one person's story.
func TestDescribedInOtherWords(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "To the young fella in the camo Tacoma who brought his buddy in after that overdose: you saved his life.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Congrats to @bigjim_outdoors on passing his DOT physical after that heart scare 🚚", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "There's a man I'll just call R. Two years ago he was shooting up behind the Dollar General. Today he sponsors three guys.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "ZIP 41501, 2-story yellow house with the big oak: the home-visit nurse comes for your wound check at 10 tomorrow", want: post.VerdictBlock, rule: "PRIV-14"},
	})
}

// TestLowerCaseTitledNames: a courtesy title and a first name in lower
// case ("miss odessa who ...", "doña lupe", "mrs deborah") are a person; the
// verb "miss" and a title before a word ("ms word", "mr right") are not.
func TestLowerCaseTitledNames(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "s/o to miss odessa who's been handing out our flyers at the bus stop all week 🫶", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "doña lupe brought tamales for the whole staff 🫔", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "so glad mrs deborah is home after her bypass surgery 💜", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "we miss you already, come back soon!", want: post.VerdictPass},
		{text: "i miss summer already, flu shots are in", want: post.VerdictPass},
		{text: "ms word templates for our intake forms are on the website", want: post.VerdictPass},
		{text: "mr right is not at our front desk lol", want: post.VerdictPass},
	})
}
