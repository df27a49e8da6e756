package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestStreetForms: the shapes a street address takes beyond "123 Oak
// Street" (PRIV-07). A venue's address is only noted; a home, said to be
// someone's ("lives at", "her address"), is a question for a person; next
// to a patient's story it blocks.
func TestStreetForms(t *testing.T) {
	checkPrecisionCases(t, []precisionCase{
		// Numbered streets with an ordinal, and street types past the usual.
		{text: "The blood drive is at 500 W 34th St this Saturday.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "Our patient at 1200 5th Ave had a stroke last week.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Find the farmers market at 18 Willow Pike every Sunday.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "The health fair is at 45 Harbor Plaza on Friday.", rule: "PRIV-07", want: post.SeverityInfo},
		// Units: letters, Suite, lower case.
		{text: "The Hendersons moved to 12 Birch Rd, Apt 4B after her chemo.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Mail the form to Suite 310 by Friday.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "The new mom in apt 12 is doing well after her C-section.", rule: "PRIV-07", want: post.SeverityBlock},
		// A block, as the news and neighbours give it.
		{text: "The boy from the 3500 block of Lamerton Dr is recovering from his broken leg.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Road work closes the 400 block of Main Street until Tuesday.", rule: "PRIV-07"},
		// A street named with no number, in the short form.
		{text: "Our patient who lives off Lamerton Dr is home after her hip surgery.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "The little girl from Cedar Hwy is recovering from her hip surgery.", rule: "PRIV-07", want: post.SeverityBlock},
		// Streets named first, as in Spanish, Portuguese, French and Italian.
		{text: "Doña Rosa on Calle Ocho is home after her hip surgery.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Our flu clinic moves to Av. Reforma 222 next month.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "Visit our booth at the fair on Avenida Central 15.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "Her mother lives at Rua das Flores 88 and needs help after the stroke.", rule: "PRIV-07", want: post.SeverityBlock},
		{text: "Via Roma 12 is where the fundraiser will be.", rule: "PRIV-07", want: post.SeverityInfo},
		// Post office boxes and military mail.
		{text: "Send donations to P.O. Box 1432 by December 20.", rule: "PRIV-07", want: post.SeverityInfo},
		{text: "Write to PSC 1437, Box 3833 to thank the troops.", rule: "PRIV-07", want: post.SeverityInfo},
		// A home said to be someone's is a question for a person.
		{text: "Mark lives at 42 Elm Street, stop by and say hi.", rule: "PRIV-07", want: post.SeverityWarn},
		{text: "Send the card to her address: 77 Lakeview Drive.", rule: "PRIV-07", want: post.SeverityWarn},
		// Not streets.
		{text: "We will be open via Zoom for telehealth visits.", rule: "PRIV-07"},
		{text: "Via the portal you can see your results.", rule: "PRIV-07"},
		{text: "Our patient finished the 5K in 32 minutes after her knee surgery.", rule: "PRIV-07"},
		{text: "Thanks Dr Smith for the flu shot clinic!", rule: "PRIV-07"},
		{text: "St Louis fans, we see you! Our patient was cheering after her surgery.", rule: "PRIV-07"},
		{text: "The 2nd and 3rd graders learned about handwashing today.", rule: "PRIV-07"},
		{text: "We block out 30 minutes for every new patient visit.", rule: "PRIV-07"},
	})
}
