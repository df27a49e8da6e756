package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestNamedEvents25: a town's festival or week named for a figure or a
// slogan ("Jackson Days", "Marne Week", "Welcome Back Days") and a feast
// day a name-like word opens ("Ash Wednesday") are events where the
// practice gives shots, no person told with a health detail (PRIV-10).
// The event is read by its head word (Days, Week, Weekend, Fest) and by
// where it stands: after "at", "during" or "through", or before a booth,
// a fair or a parade. A person who shares the head as a surname ("Kevin
// Days had his knee replaced"), a staff member's news in the same post,
// and a name spoken to before a weekday ("Get well, Ash — see you
// Wednesday") still block. The flagged ones come first.
func TestNamedEvents25(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Must still block: a person with the head word as surname, a
		// person at the event, a name before a weekday that is no feast.
		{text: "Kevin Days had his knee replaced last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Praying for Carla Days after her stroke 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Marisol Week for sharing her breast cancer story at our booth.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Rusty broke his wrist at the Jackson Days softball game. Get well, Rusty!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Welcome back Dawn from maternity leave! Spirit Week starts Monday 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Get well soon, Ash — see you Wednesday!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ash is home after her appendectomy — we miss you, Ash!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Jordan Friday had his cast removed today 💪", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mary Day, our front desk lead, is out for her knee replacement until March.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "At Boone Days, Mr. Tolliver had a heart attack and our nurses did CPR until EMS came.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the event, in a sentence with shots or screenings.
		{text: "Our team gave 140 flu shots during Marne Week at Fort Stewart 💉", want: post.VerdictPass},
		{text: "Flu shots and blood pressure checks at Jackson Days this Saturday on the square!", want: post.VerdictPass},
		{text: "Our vaccine booth is back at Daniel Boone Days — flu and COVID shots, no appointment.", want: post.VerdictPass},
		{text: "Find us at the Welcome Back Days fair on September 2 with flu shots for students.", want: post.VerdictPass},
		{text: "Diabetes screenings all through Hank Williams Days in Georgiana 🎸", want: post.VerdictPass},
		{text: "We'll be checking blood pressures at the Lincoln Days parade downtown.", want: post.VerdictPass},
		{text: "Get your flu shot before Ash Wednesday service — walk-ins welcome.", want: post.VerdictPass},
		{text: "Fasting for Ash Wednesday? If you take insulin, talk to us first 💉", want: post.VerdictPass},
		{text: "Vacunas contra la gripe en Jackson Days este sábado, sin cita 💉", want: post.VerdictPass},

		// Review, not pass: a free offer stays CLAIM-07's to warn on.
		{text: "Stop by our booth at Boone Days for a free flu shot 🍂", want: post.VerdictReview, rule: "CLAIM-07"},
	})
}
