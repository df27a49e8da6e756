package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestHolidaysAbroadNamed28: a holiday named in the language of the
// families who keep it ("Cinco de Mayo", "Diez y Seis", "Tết Trung Thu",
// "Día de los Muertos") is no person, whether a greeting word opens it
// or not (PRIV-10 warned on "Feliz Cinco", "Trung Thu"). A person named
// beside the holiday, a person's care told with it, keep the name held.
// The held ones come first.
func TestHolidaysAbroadNamed28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a person named at the holiday, with care or without.
		{text: "¡Feliz Cinco de Mayo! Rosa Delgado had her gallbladder out with us last week and is back dancing.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tết Trung Thu is almost here, and Minh Tran finished his chemo just in time to carry a lantern.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Happy Diez y Seis from Marisol Vega, who beat breast cancer this year!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "¡Feliz Cinco de Mayo de parte de Lupita Ortega y todo el equipo!", want: post.VerdictReview, rule: "PRIV-10"},
		{text: "Feliz Cinco de Mayo, Carmen! Your stitches come out Tuesday.", want: post.VerdictBlock, rule: "PRIV-10"},

		// Pass: the holiday alone.
		{text: "¡Feliz Cinco de Mayo, El Paso! Stop by the lobby for paletas on Friday 🇲🇽", want: post.VerdictPass},
		{text: "Feliz Cinco de Mayo a todas las familias de Springdale 💃", want: post.VerdictPass},
		{text: "¡Feliz Diez y Seis, San Antonio! 🇲🇽 Our clinics close at noon on the 16th.", want: post.VerdictPass},
		{text: "Feliz Dieciséis de Septiembre a todas nuestras familias 🇲🇽", want: post.VerdictPass},
		{text: "Happy Cinco de Mayo from the front desk! Churros in the break room at 3.", want: post.VerdictPass},
		{text: "Tết Trung Thu is next weekend! 🏮 Kids can make mooncake crafts in our waiting room.", want: post.VerdictPass},
		{text: "Chúc mừng Tết Trung Thu! Lanterns and mooncakes at the Garland office Saturday 🥮", want: post.VerdictPass},
		{text: "Chúc Mừng Năm Mới! Our offices close for Tết Nguyên Đán on Monday 🧧", want: post.VerdictPass},
		{text: "Celebrating Día de los Muertos with a paper flower table in our lobby this week 🌼", want: post.VerdictPass},
		{text: "¡Feliz Día de los Reyes! Rosca de reyes in the staff room, first come first served 👑", want: post.VerdictPass},
		{text: "Happy Chuseok to all our Korean families! Our Annandale office is closed Tuesday.", want: post.VerdictPass},
	})
}

// TestSlangFrNoTitle28: "fr" written small after a word is "for real",
// no priest's title, so the capitalised word opening the next sentence is
// no person (PRIV-10 warned on "fr. Come", "fr. Shoutout"). "Fr." written
// as a title before a name keeps the name held.
func TestSlangFrNoTitle28(t *testing.T) {
	checkRuleCases(t, []familyCase{
		// Held: a priest named, with care or without.
		{text: "Fr. Tomas had his knee replaced here last month and is back at Sunday Mass.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for fr. Tomas, who is recovering from heart surgery.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Thanks to Fr. Tomas for blessing our new Elm Street office!", want: post.VerdictReview, rule: "PRIV-10"},

		// Pass: slang.
		{text: "Night shift crew carried us this week fr. Thank you all 🙏", want: post.VerdictPass},
		{text: "The new waiting room chairs are comfy fr. Come try them at your next checkup 🪑", want: post.VerdictPass},
		{text: "Our MAs are the GOATs fr fr. Shoutout to the whole Maple Ave team 🐐", want: post.VerdictPass},
		{text: "last day of my externship and y'all made it fun fr. Big thanks to the Oak St crew 💙", want: post.VerdictPass},
	})
}
