package names

import "strings"

// People told by the one place they hold in a group the post names, or
// by a nickname or a title another language puts after the name (issue
// 11, people family): "the Red Pine Band's tribal chairman", "NPSU
// Huskies starting QB", "the Bangladeshi Mothers Circle organizer", "Big
// Swede", "Chen 阿姨".

// groupNoun words end the name of a group of people: "the Hmong Women's
// Circle", "the Red Pine Band", "the Lions Club".
var groupNoun = set("circle", "band", "club", "league", "association", "council", "society", "group", "team", "church",
	"mosque", "masjid", "temple", "synagogue", "parish", "tribe", "nation", "chapter", "union", "lodge", "auxiliary",
	"guild", "alliance", "coalition", "network", "committee", "board", "troop", "choir", "chorus", "collective",
	"cooperative", "coop", "congregation", "foundation", "legion", "posse", "crew", "squad", "festival", "krewe", "parade",
	"fleet", "rodeo", "pageant", "powwow")

// groupLeader nouns name the one person who leads or holds a seat in a
// group: a group's name before them points at one person.
var groupLeader = set("organizer", "organiser", "president", "chair", "chairman", "chairwoman", "chairperson", "founder",
	"leader", "captain", "coach", "director", "treasurer", "secretary", "pastor", "imam", "rabbi", "priest", "elder",
	"chief", "commander", "conductor", "host", "dj", "manager", "coordinator", "head", "matriarch", "patriarch", "queen",
	"king", "princess", "skipper", "marshal")

// leaderModifier words stand between a group and its leader: "the Red Pine
// Band's tribal chairman", "the Lions Club past president".
var leaderModifier = set("tribal", "past", "longtime", "founding", "current", "new", "former", "vice", "co", "executive",
	"head", "volunteer", "lead", "senior", "assistant", "team", "club", "board", "choir", "band")

// groupRole finds the one person a group named in capitals has in a
// role, at the group's first word i: "NPSU Huskies starting QB", "the
// Roadrunners' shortstop", "the Red Pine Band's tribal chairman", "the
// Bangladeshi Mothers Circle organizer". The group's name ends in a plural
// (a team) or a groupNoun, or is owned ("Band's"); its last word is no
// name of a person.
func groupRole(words []Word, i int) (Mention, bool) {
	// The cheap tests first: most capitalized words start no group's name
	// with a role after it, and this is asked of each of them.
	k := i
	for k < len(words) && k < i+4 && words[k].Capital && !words[k].Punct && words[k].Sent == words[i].Sent {
		k++
	}
	if k == i || k >= len(words) || words[k].Sent != words[i].Sent || (k == i+1 && (i == 0 || words[i-1].Sent != words[i].Sent)) {
		// One capitalized word opening a sentence is capitalized for that.
		return Mention{}, false
	}
	last := words[k-1].Low
	owned := words[k].Low == "s" || words[k].Low == "'"
	plural := len(last) >= 4 && last[len(last)-1] == 's' && last[len(last)-2] != 's' && last[len(last)-2] != 'u'
	if !owned && !plural && !groupNoun.has(last) {
		return Mention{}, false
	}
	j := k
	for j < len(words) && j < k+2 && (words[j].Low == "s" || words[j].Low == "'") {
		j++
	}
	if j >= len(words) || words[j].Sent != words[i].Sent {
		return Mention{}, false
	}
	end := teamRoleEnd(words, j)
	if end == j {
		e := j
		for e < len(words) && e < j+2 && leaderModifier.has(words[e].Low) {
			e++
		}
		if e >= len(words) || words[e].Sent != words[i].Sent || !groupLeader.has(words[e].Low) || (e+1 < len(words) && isNameWord(&words[e+1])) {
			return Mention{}, false
		}
		end = e + 1
	}
	if f := words[i].Low; (notSurname.has(f) && f != "the") || greeting.has(f) || strongGreeting.has(f) {
		return Mention{}, false // "Thanks coach!", "Congrats Tigers captain": a greeting
	}
	if First(last) == Strong || Surname(strings.TrimSuffix(last, "s")) == Strong {
		return Mention{}, false // "the Garcias' youngest", "Maria's coach": a family's or a person's
	}
	return Mention{From: i, To: end, Name: end, Kind: Role}, true
}

// isNameWord reports whether w is a capitalized word: after a title
// ("Club President Ana Ruiz") the person is the name, found on its own.
func isNameWord(w *Word) bool { return w.Capital && !w.Punct }

// nicknameLead words open a nickname with a capitalized word after them:
// "Big Swede", "Lil Mike", "Little Joe", "Ol' Red".
var nicknameLead = set("big", "lil", "little", "tiny", "ol", "old", "young")

// bigNickname finds a nickname at i ("Big Swede is walking without his
// cane", "y'all know Big Ray"): a nicknameLead and a capitalized word that
// is no place, shop or institution, with a "he" or "she" after or a
// person's verb right after it.
func bigNickname(words []Word, i int) (Mention, bool) {
	k := i + 1
	shouted := shoutedNickname(words, i) // "BIG TUNA IS BACK" (session 21)
	if k >= len(words) || !nicknameLead.has(words[i].Low) || words[k].Sent != words[i].Sent || !words[k].Capital ||
		words[k].Punct || (words[k].Acronym && !shouted) || len(words[k].Low) < 3 || words[k].Low[0] >= 0x80 {
		return Mention{}, false
	}
	n := words[k].Low
	if institution.has(n) || business2.has(n) || placeNoun.has(n) || streetType.has(n) || notSurname.has(n) || holiday.has(n) || groupNoun.has(n) {
		return Mention{}, false
	}
	if k+1 < len(words) && words[k+1].Capital && !words[k+1].Punct && words[k+1].Sent == words[i].Sent &&
		!(shouted && personVerb.has(words[k+1].Low)) {
		return Mention{}, false // "Big Sky Brewing", "Little Italy Pizza": a name of three words is a firm's
	}
	if !pronounAfter(words, k+1, 12) && !(k+1 < len(words) && personVerb.has(words[k+1].Low) && pronounNear(words, k+2, 12)) &&
		!nicknameActsAsPerson21(words, i, shouted) {
		return Mention{}, false
	}
	return Mention{From: i, To: k + 1, Name: i, Kind: FirstName}, true
}

// latinBeforeCJKTitle finds a name in Latin letters with a Chinese,
// Japanese or Korean title after it ("Chen 阿姨", "Tanaka さん", "Kim 씨"):
// the title at i, the name right before it.
func latinBeforeCJKTitle(words []Word, i, last int) (Mention, bool) {
	if i == 0 || i-1 < last || words[i-1].Sent != words[i].Sent {
		return Mention{}, false
	}
	p := &words[i-1]
	if !p.Capital || p.Punct || p.Acronym || len(p.Low) < 2 || p.Low[0] >= 0x80 {
		return Mention{}, false
	}
	w := words[i].Low
	if w != "씨" && w != "님" && !cjkTitle(w) {
		return Mention{}, false
	}
	return Mention{From: i - 1, To: i + 1, Name: i - 1, Kind: Titled}, true
}

// cjkTitle reports whether w is a title of cjkTitles alone.
func cjkTitle(w string) bool {
	for _, t := range cjkTitles {
		if w == t {
			return true
		}
	}
	return false
}
