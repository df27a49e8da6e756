package compliance

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

// TestJerseyRankNotPlayer29: t29privacy's third jersey shape (eb1cb29,
// jersey29.go) reads "#52" set off by a comma after a capitalised team and
// a position ("a Legacy Sabers linebacker, #52, came to see me") as one
// player. The positions include everyday nouns ("safety", "center",
// "guard"), and the number was not asked to be set off on its other side:
// a rank after a comma ("Tigers safety, #1 priority", "the Westside
// Urgent Care center, #2 in the Riverside network") became a player, and
// the sports physicals the post offers were told as theirs (PRIV-10
// block). The player's number stands alone: a comma, a bracket, the
// sentence's end or what the player did comes next. The shape's own cases
// stay blocked.
func TestJerseyRankNotPlayer29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Go Tigers! Tigers Football safety, #1 priority this season: concussion baseline tests for the whole team Saturday at 9.", want: post.VerdictPass},
		{text: "Go Tigers! Our Tigers safety, #1 priority on game day: get a sports physical before the season.", want: post.VerdictPass},
		{text: "Go Bulldogs! Our new Westside Urgent Care center, #2 in the Riverside network, opens Monday for sports physicals and sick visits.", want: post.VerdictPass},
		// Held: the player set off by commas, or by a bracket, beside their injury.
		{text: "Last spring a Westfield Wolves pitcher, #18, came in with elbow pain after a double-header. It was a UCL sprain, and he rested six weeks. Parents, watch pitch counts! ⚾", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Go Tigers! The Tigers safety, #21 limped off Friday with a sprained ankle and is in a boot for two weeks.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "The Eagles goalie, #1, came to see us Monday after that collision in the net: a mild concussion, and she sat out two games 🥅", want: post.VerdictBlock, rule: "PRIV-10"},
	})
}

// TestReplyKinCareNotEvents29: t29reply's readings of a relative's care
// told back (4691bf7, reply29.go) also fire on a reply's community news,
// its service and its apologies (REV-01 block, where they passed or
// warned): "there for" Labor Day or the arrival of a fire engine is no
// birth; people "up to date on our new hours" or "with the new check-in
// app" are told no shots; "ver a sus niños en el desfile" and "recibir a
// su familia en nuestra feria" see a family at an event, or hope to; a
// Korean apology for a hurt ("상처가 되셨다면") that promises to do better
// ("나아지도록") names no illness, nor do tips on a cold's prevention and
// recovery; Vietnamese "vui lòng" is "please", not gladness. The relative's
// care told back stays blocked, and a hello sent home with the visits that
// make him a patient ("we miss seeing him every Tuesday") keeps its block.
func TestReplyKinCareNotEvents29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Thanks! Our booth will be there for Labor Day at the fairgrounds too.", review: "Loved your booth at the county fair!", want: post.VerdictPass},
		{text: "We'll be there for the Labor Day parade, come say hi!", review: "Will you have a float this year?", want: post.VerdictPass},
		{text: "So glad we could be there for the arrival of the new engine at Station 4!", review: "Loved your booth at the Station 4 open house.", want: post.VerdictPass},
		{text: "Our couriers are there for every delivery, rain or shine!", review: "Fast lab courier service.", want: post.VerdictPass},
		{text: "Glad you are up to date on our new hours!", review: "Didn't know you changed your hours.", want: post.VerdictPass},
		{text: "So glad you're all up to date on the parking changes now!", review: "The lot is a mess, I didn't know about the new lot.", want: post.VerdictPass},
		{text: "Happy to hear everyone is up to date with the new check-in app!", review: "Check-in app is confusing.", want: post.VerdictPass},
		{text: "¡Esperamos ver a sus niños en el desfile navideño!", review: "Los vimos en el desfile, ¡qué lindo carro!", want: post.VerdictPass},
		{text: "Fue un gusto recibir a su familia en nuestra feria de salud del sábado.", review: "Gran feria, muy organizada.", want: post.VerdictPass},
		{text: "불편을 드려 상처가 되셨다면 죄송하며 앞으로 나아지도록 노력하겠습니다.", review: "직원이 불친절했어요.", want: post.VerdictPass},
		{text: "감사합니다! 감기 예방과 회복에 도움이 되는 팁은 저희 블로그에 있어요.", review: "친절한 병원이에요.", want: post.VerdictReview},
		{text: "Chị vui lòng gọi cho chúng tôi, mong chị sớm khỏe lại.", review: "Chờ lâu quá.", want: post.VerdictReview},
		// Held: the relative's care told back, the birth, the shots.
		{text: "It was such a privilege to be there for the birth of both your girls 💕", review: "Dr. Amara delivered both my daughters!", want: post.VerdictBlock, rule: "REV-01"},
		{text: "So honored we were there for the arrival of your twins!", review: "Best midwives in town.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "We were there for your labor and it was beautiful!", review: "Best midwives in town.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Glad your kids are all up to date on their shots now 💉", review: "Nice nurses.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks! Glad your kids are all up to date now 💉", review: "They pushed vaccines on my kids.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "¡Gracias! Fue un gusto atender a su papá 💙", review: "Muy amables con mi papá, gracias.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Fue un gusto recibir a su familia en nuestra clínica.", review: "Muy amables.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "어머님 혈압이 좋아지셨다니 정말 다행이에요!", review: "친절한 병원이에요.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "아드님 상처가 빨리 나아지길 바랍니다!", review: "친절한 병원이에요.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Mừng là bé đã khỏe hơn rồi! Cảm ơn chị nhiều.", review: "Bác sĩ rất dễ thương với con tôi.", want: post.VerdictBlock, rule: "REV-01"},
		{text: "Thanks, Mrs. Albers! Say hi to Walter for us, we miss seeing him every Tuesday.", review: "Always a pleasure.", want: post.VerdictBlock, rule: "REV-02"},
		{text: "Thanks so much, Mrs. Albers! Say hi to Walter for us 👋", review: "Always a pleasure.", want: post.VerdictReview, rule: "REV-02"},
	})
}

// TestRivalSideNotPerson29: t29clean's sides of a game (8d8cfde,
// rivals29.go) read a name beside "vs." in a post about a game, or right
// before a sport, as a team. A patient "vs." their illness and a player
// titled by their sport ("Tyler Jones football star") are people: their
// care blocked before 8d8cfde and passed after it.
func TestRivalSideNotPerson29(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "It's Rosa vs. chemo, round 6, and she's winning! See you at the Friday game 🏈", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Shoutout to Tyler Jones football star, back on the field after his ACL surgery with us!", want: post.VerdictBlock, rule: "PRIV-10"},
		// Teams stay teams.
		{text: "Good luck to Mercer football Saturday! Sports physicals are walk-in all week.", want: post.VerdictPass},
		{text: "Reading High vs. Wilson on Thanksgiving morning 🦃🏈 Our urgent care is open 8 to 2.", want: post.VerdictPass},
	})
}
