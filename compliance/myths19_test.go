package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestPublicMyths19: folk health beliefs that public "myth vs fact" pages
// correct (Vreeman and Carroll's BMJ myth papers, CDC and children's
// hospital flu-myth pages, dermatology sun-myth pages, urologists on cold
// seats, ADA on sugar and diabetes, WHO on heat, baths and alcohol against
// viruses; sources beside the entries in rules/phrases.txt). Written in our
// own words, in several registers and languages, before reading the dev
// items that carry them. Stated as fact a myth holds the post (block);
// busted while repeating its wording it goes to a doctor (review); a true
// statement on the same topic passes.
func TestPublicMyths19(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Food and weight: the clock does not turn food into fat.
		{text: "Whatever you snack on after 9pm turns right into fat while you sleep 😴", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Late-night eating goes straight to your hips, ladies. Kitchen closes at 7!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Carbs after dark get stored as fat, so keep dinner light tonight.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Myth: food eaten late at night turns into fat. Fact: total calories over the day are what count.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Eating late doesn't turn your food into fat; what matters is how much you eat over the whole day.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "A heavy meal right before bed can cause heartburn, so try to finish dinner a couple of hours earlier.", want: post.VerdictPass},
		// Belly fat melted by a drink or burned by crunches (spot reduction).
		{text: "A shot of apple cider vinegar every morning dissolves belly fat in two weeks!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "100 crunches a day will burn off that belly fat by summer 💪", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Crunches strengthen your core, but a walk after dinner does more for your waistline.", want: post.VerdictPass},
		// Water: eight glasses is no rule.
		{text: "Fewer than eight glasses of water a day and you're dehydrated, period.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Under 8 cups a day means you're dehydrated. No excuses!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Drink water when you're thirsty, and more on hot days or when you work outside.", want: post.VerdictPass},
		// Cold and weather: a cold seat does not infect the bladder; a draft
		// does not make anyone sick.
		{text: "Girls, don't sit on the cold stone steps, that's how you get a bladder infection!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Sitting on cold ground will give your kid a UTI, so bring a blanket to the game.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Baka was right, sitting on cold concrete chills the kidneys and brings on cystitis.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Does sitting on a cold bench give you a bladder infection? No. Bacteria cause UTIs, not cold seats.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Burning when you pee? That can be a bladder infection. Call us today.", want: post.VerdictPass},
		{text: "Close the window, the promaja will make the baby sick!", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Propuh gives you a stiff neck and an earache, everyone back home knows it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Open a window and let some fresh air through the classroom; it helps clear out germs.", want: post.VerdictPass},
		// Advice whose reason is the myth: "don't X, that's how you get Y",
		// "don't X or you'll Y", after an address ("Kids, ...").
		{text: "Don't go out with damp hair or you'll catch a cold, kids.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Mijo, never sit on the cold floor, you'll end up with a bladder infection.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Don't skip handwashing or you'll spread the flu to the whole family.", want: post.VerdictPass},
		{text: "No, sitting on cold concrete doesn't give you a bladder infection.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Parents, don't believe anyone who says vaccines cause autism.", want: post.VerdictReview, rule: "MIS-01"},
		// Heat, hot baths and liquor against a virus (WHO myth busters).
		{text: "Summer heat kills the flu virus, so no flu shot needed till fall.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A hot bath every night prevents covid, my tía swears by it.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A little rakija with honey kills the virus before it settles in your chest.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Wash sheets on the hot cycle; the heat kills flu viruses left on fabric.", want: post.VerdictPass},
		{text: "Hand sanitizer with at least 60% alcohol kills many germs when you can't wash.", want: post.VerdictPass},
		{text: "Hot summer weather does not kill the flu virus; we see flu cases in July too.", want: post.VerdictReview, rule: "MIS-01"},
		// Sun: sunscreen is for every season and every sky.
		{text: "You only need sunscreen at the beach in July, not on a gray winter day.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Cloudy today, so no need for sunscreen on the field trip 🌥️", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Solo necesitas bloqueador en verano, en invierno no hace falta.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Myth: you only need sunscreen in the summer. Fact: UV reaches your skin all year.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Wear sunscreen every day, all year, even when it's cloudy ☀️", want: post.VerdictPass},
		{text: "Don't skip the sunscreen in winter, snow reflects UV.", want: post.VerdictPass},
		{text: "You don't need pricey sunscreen this summer; any broad-spectrum SPF 30 works.", want: post.VerdictPass},
		// Vaccines: a flu shot in September lasts the season.
		{text: "Don't get your flu shot in September, it wears off before the holidays.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Getting the flu vaccine too early means it'll wear off by January, so wait.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Protection from the flu shot can wear off over many months, so we offer it every year.", want: post.VerdictPass},
		{text: "Flu shots are here! September and October are great times to get yours.", want: post.VerdictPass},
		// Sleep and driving: nothing cancels lost sleep.
		{text: "Tired on the night shift drive home? An energy drink cancels out a short night.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Coffee can help for a short while, but only sleep fixes drowsy driving.", want: post.VerdictPass},
		{text: "Caffeine is no replacement for sleep. Pull over and nap if you're drowsy.", want: post.VerdictPass},
		// Eyes.
		{text: "Stop crossing your eyes or they'll get stuck that way!", want: post.VerdictBlock, rule: "MIS-01"},
		// Children and babies.
		{text: "Newborns don't need the vitamin K shot if mom eats her greens.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Every newborn gets a vitamin K shot at birth to prevent dangerous bleeding.", want: post.VerdictPass},
		{text: "Never bathe a feverish child, the water drives the fever higher.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Pa benyen timoun nan lè li gen lafyèv, sa ap fè lafyèv la monte.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A lukewarm bath can make a child with a fever more comfortable.", want: post.VerdictPass},
		{text: "If the soft spot is sunken, turn the baby upside down and push up on the palate.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A sunken soft spot can mean your baby is dehydrated. Call us right away.", want: post.VerdictPass},
		{text: "You can't get pregnant the first time you have sex.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Yes, you can get pregnant the first time. Ask us about birth control.", want: post.VerdictPass},
		// Folk cures replacing medicine, in several communities' words.
		{text: "Bitter melon tea every morning and you can stop your insulin for good.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "No, cinnamon water does not replace your diabetes pills. Keep taking them.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Nước dừa chữa khỏi tiểu đường, không cần thuốc nữa.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Nước dừa không chữa được tiểu đường đâu, cô chú nhớ uống thuốc nha.", want: post.VerdictReview, rule: "MIS-01"},
		{text: "Cạo gió đẩy gió độc ra ngoài và chữa cảm rất nhanh.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "A copper coin under the tongue lowers your blood pressure in minutes.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Black seed cures every disease, take a spoon each morning.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Salt tablets are the way to prevent heat stroke on the job.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "On hot job sites, drink water often and take breaks in the shade to prevent heat stroke.", want: post.VerdictPass},
		{text: "If you feel fine, you can stop your blood pressure pills.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Even if you feel fine, keep taking your blood pressure pills every day.", want: post.VerdictPass},
		// Sugar and diabetes (ADA myths).
		{text: "Diabetes comes from eating too many sweets, simple as that.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Too much sugar causes weight gain, and extra weight raises diabetes risk.", want: post.VerdictPass},
		{text: "Sugary drinks raise your risk of type 2 diabetes; water is the best choice.", want: post.VerdictPass},
		// Not contagious.
		{text: "Valley fever is contagious, keep the sick one in their own room.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Can valley fever spread from person to person? It can't; the spores come from dust.", want: post.VerdictPass},
		{text: "Psoriasis is catching, so don't share towels with anyone who has it.", want: post.VerdictBlock, rule: "MIS-01"},
		// MSG.
		{text: "MSG gives you migraines and a racing heart, always ask for none.", want: post.VerdictBlock, rule: "MIS-01"},
		// Altitude: water does not prevent it.
		{text: "Drink plenty of water and you'll never get altitude sickness on the trip.", want: post.VerdictBlock, rule: "MIS-01"},
		{text: "Going up to the mountains? Go up slowly; altitude sickness can hit anyone.", want: post.VerdictPass},
	})
}

// TestPublicMyths19Linear: the new entries are co-occurrence concepts; a
// long post of their words grows linearly.
func TestPublicMyths19Linear(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	requireLinearText(t, c, "after 8pm snacks turn into fat, cold concrete bladder infection, promaja sick, sunscreen only in summer, ")
}
