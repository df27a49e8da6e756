package names

// Nicknames of a lead word and a capitalized word (issue 11, session 21,
// t21names). bigNickname took "Big Swede" for a person only with a "he"
// or "she" close after. Posts also write:
//   - the nickname, what a person does, and then "the man" or "the guy"
//     for them: "Big Moose is down 40 lbs ... the man is unstoppable";
//   - the nickname shouted, both words in capitals: "BIG TUNA IS BACK ...
//     after his concussion", "BIG TONY from the rodeo grounds is OFF
//     INSULIN" (a first name the data holds needs no pronoun).
// A firm, a league or a place so named ("Big Ten", "LITTLE LEAGUE IS
// BACK", "BIG GAME IS SUNDAY") has no "the man" and no first name.

// shoutedNickname reports whether the lead word at i and the word after
// it are both written in capitals: "BIG TUNA", "LIL TONY".
func shoutedNickname(words []Word, i int) bool {
	return i+1 < len(words) && words[i].Acronym && words[i+1].Acronym && words[i+1].Sent == words[i].Sent
}

// nicknamePersonNouns, after "the", "that" or "this", point back at one
// man or woman: "the man is unstoppable".
var nicknamePersonNouns = set("man", "guy", "lady", "woman", "dude", "fella", "gal", "legend", "kid")

// nicknameActsAsPerson21 reports whether the nickname at i (lead word and
// capitalized word) is someone: a person's verb right after it, then
// "the man" or the like in the next twenty words; or, shouted, a person's
// verb after a first name the data holds ("BIG TONY from", "LIL TONY
// GOT").
func nicknameActsAsPerson21(words []Word, i int, shouted bool) bool {
	k := i + 2
	if k >= len(words) || !personVerb.has(words[k].Low) {
		return false
	}
	if shouted && First(words[i+1].Low) != None && !bigLittlePlaces.has(words[i].Low+" "+words[i+1].Low) {
		return true
	}
	for j := k + 1; j+1 < len(words) && j < k+20; j++ {
		if inList(words[j].Low, "the", "that", "this") && nicknamePersonNouns.has(words[j+1].Low) && nicknameNounActs(words, j+2) {
			return true
		}
	}
	return false
}

// nicknameNounActs reports whether the word at j, after "the man", makes
// him the one who acts ("the man is unstoppable", "the guy never missed",
// "the legend!!"), not someone placed elsewhere ("the man at the ranger
// station").
func nicknameNounActs(words []Word, j int) bool {
	if j >= len(words) || words[j].Punct || words[j].Sent != words[j-1].Sent {
		return true
	}
	w := words[j].Low
	return (personVerb.has(w) && w != "from" && w != "and") || inList(w, "never", "always", "can", "did", "does", "will", "s")
}

// bigLittlePlaces are towns, landmarks and leagues named with a lead word
// and a word that is also a first name: "LITTLE ROCK IS READY FOR FLU
// SEASON!", "BIG BEN IS BACK" (att21). Shouted, they are no nickname.
var bigLittlePlaces = set("little rock", "little falls", "little league", "little italy", "little havana", "little tokyo",
	"little saigon", "little haiti", "little india", "little manila", "little chute", "little elm", "big ben", "big sur",
	"big bend", "big bear", "big spring", "big rapids", "big stone", "big sandy", "big horn", "big island", "big apple",
	"big easy", "big sky", "big ten", "big east", "big timber", "big lake", "big piney", "little river", "little compton")
