package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// People named in shapes the checker missed (issue 11, session 21,
// t21names). Our own wording.

// TestBigNicknames21: a nickname of a lead word and a capitalized word
// ("Big Moose", "Lil Dre") is a person when what follows tells what a
// person does and the post then says "the man", "the guy" or "that
// lady", or when both words are shouted ("BIG TUNA IS BACK", "BIG TONY
// from the feed store") and a he or she follows or the word is a first
// name. A firm, a team, a league, a place or a brand so named stays no
// one.
func TestBigNicknames21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Big Walrus is down 35 lbs since starting our weight loss program!! 🎉 the man is on fire", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Lil Dre finished his last round of physical therapy today, the guy never missed a session.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "BIG CATFISH IS BACK 🎣 the loudest fan in the bleachers got cleared after his concussion.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "BIG RAY from the feed store is OFF INSULIN 🤠 all those morning walks paid off", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "LIL TONY GOT HIS CAST OFF TODAY!! 💪 no more itching", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Big Ten football is on in the waiting room, come watch while you wait for your flu shot.", want: post.VerdictPass},
		{text: "BIG GAME IS SUNDAY 🏈 get your sports physical before the season.", want: post.VerdictPass},
		{text: "Big Tobacco is still marketing vapes to kids. Talk to your teen about nicotine.", want: post.VerdictPass},
		{text: "LITTLE LEAGUE IS BACK ⚾ book sports physicals early this March.", want: post.VerdictPass},
		{text: "BIG SALE IS ON at the pharmacy next door this weekend: stock up on sunscreen.", want: post.VerdictPass},
		{text: "Big Sky is gorgeous this time of year; pack sunscreen for the hike, the man at the ranger station says.", want: post.VerdictPass},
	})
}

// TestCyrillicCaseForms21: a Russian or Ukrainian given name opening a
// sentence before a word in lower case, in the nominative or in another
// case ("Сергею сделали операцию", to Sergei; "Оксані зробили операцію",
// to Oksana; "Ирину выписали", Irina), is a person when the name data
// holds the name it comes from. Words that only look so ("Тому что",
// "Маме и папе", "Дома") and places keep passing.
func TestCyrillicCaseForms21(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Сергею сделали операцию на сердце, он уже дома.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ирине поставили диагноз диабет в прошлом месяце, теперь она на инсулине.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Оксані зробили операцію на коліні, вона вже ходить.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Оксана закончила химиотерапию! Мы так рады.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Олегу сняли гипс после перелома руки.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Маме и папе: не забудьте сделать прививку от гриппа!", want: post.VerdictPass},
		{text: "Тому що грип небезпечний, зробіть щеплення цього тижня.", want: post.VerdictPass},
		{text: "Дома тоже можно измерять давление: приходите, мы покажем как.", want: post.VerdictPass},
		{text: "Москве и Киеву: прививки от гриппа у нас бесплатно по субботам.", want: post.VerdictPass},
		{text: "Сегодня прививки от гриппа без записи до шести вечера.", want: post.VerdictPass},
		{text: "Будь ласка! Щеплення від грипу щосуботи без запису.", want: post.VerdictPass},
		{text: "Будь здоров! Прививки от гриппа у нас без записи.", want: post.VerdictPass},
	})
}

// TestNames21Linear: a nickname looks twenty words ahead at most and a
// Cyrillic opener tries a fixed set of endings; long text grows linearly.
func TestNames21Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("growth test")
	}
	c := rulesChecker(t, testProfile())
	for _, unit := range []string{
		"Big Moose is down, the man is Big Walrus is ",
		"BIG TONY IS BACK BIG RAY from ",
		"Сергею сделали. Ирине поставили. Олегу сняли гипс. ",
	} {
		requireLinearText(t, c, unit)
	}
}
