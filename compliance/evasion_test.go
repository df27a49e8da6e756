package compliance

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestEvasions is an outsider's attack on the checklist: a post that names
// a patient or carries an identifier, written so a reader still reads it
// but the rules would not. Each kind is folded before the rules read the
// text (fold.go); the verdict must be what the plain spelling gets, and
// the finding must point at the bytes as written.
func TestEvasions(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		kind, text string
		want       post.Verdict
		match      string // the written text a finding of rule points at
		rule       string
	}{
		// Other digits, dashes and spaces.
		{"fullwidth digits", "SSN ５３６-２２-１２３４", post.VerdictBlock, "５３６-２２-１２３４", "PRIV-01"},
		{"mathematical digits", "SSN 𝟓𝟑𝟔-𝟐𝟐-𝟏𝟐𝟑𝟒", post.VerdictBlock, "𝟓𝟑𝟔-𝟐𝟐-𝟏𝟐𝟑𝟒", "PRIV-01"},
		{"Arabic-Indic digits", "SSN ٥٣٦-٢٢-١٢٣٤", post.VerdictBlock, "٥٣٦-٢٢-١٢٣٤", "PRIV-01"},
		{"circled digits", "SSN ⑤③⑥-②②-①②③④", post.VerdictBlock, "⑤③⑥-②②-①②③④", "PRIV-01"},
		{"keycap digits", "SSN 5️⃣3️⃣6️⃣-2️⃣2️⃣-1️⃣2️⃣3️⃣4️⃣", post.VerdictBlock, "", "PRIV-01"},
		{"non-breaking hyphen", "SSN 536\u201122\u20111234", post.VerdictBlock, "536\u201122\u20111234", "PRIV-01"},
		{"en dash", "SSN 536–22–1234", post.VerdictBlock, "536–22–1234", "PRIV-01"},
		{"minus sign", "SSN 536−22−1234", post.VerdictBlock, "536−22−1234", "PRIV-01"},
		{"no-break spaces", "SSN 536\u00a022\u00a01234", post.VerdictBlock, "536\u00a022\u00a01234", "PRIV-01"},
		{"spaced dashes", "SSN 536 - 22 - 1234", post.VerdictBlock, "536 - 22 - 1234", "PRIV-01"},
		{"spaced slashes in a birth date", "Maria Lopez, DOB 03 / 14 / 1985", post.VerdictBlock, "03 / 14 / 1985", "PRIV-05"},
		{"fullwidth phone", "Call Maria at ６１４-５５５-０１４２ about her results", post.VerdictBlock, "６１４-５５５-０１４２", "PRIV-02"},
		{"fullwidth record number", "Her MRN is ００４８２２１３", post.VerdictBlock, "", "PRIV-08"},
		{"fullwidth card digits", "Card ending ９０２１", post.VerdictBlock, "", "PRIV-09"},
		// Invisible characters inside a word or a number.
		{"zero-width space in a number", "SSN 536-22-12\u200b34", post.VerdictBlock, "536-22-12\u200b34", "PRIV-01"},
		{"word joiner in a name", "Our patient Ma\u2060ria Lo\u2060pez had her surgery today", post.VerdictBlock, "Ma\u2060ria Lo\u2060pez", "PRIV-10"},
		{"byte-order mark in a name", "Our patient Ma\ufeffria Lo\ufeffpez had her surgery today", post.VerdictBlock, "Ma\ufeffria Lo\ufeffpez", "PRIV-10"},
		{"soft hyphen in a health word", "Congrats to Darnell Brooks on his new kn\u00adee!", post.VerdictBlock, "Darnell Brooks", "PRIV-10"},
		{"soft hyphen in a number", "SSN 536-22-12\u00ad34", post.VerdictBlock, "", "PRIV-01"},
		{"right-to-left override", "Our patient \u202ezepoL airaM\u202c had her surgery today", post.VerdictBlock, "zepoL airaM", "PRIV-10"},
		// Letters of other alphabets and styles.
		{"mathematical bold letters", "Our patient 𝐌𝐚𝐫𝐢𝐚 𝐋𝐨𝐩𝐞𝐳 had her surgery today", post.VerdictBlock, "𝐌𝐚𝐫𝐢𝐚 𝐋𝐨𝐩𝐞𝐳", "PRIV-10"},
		{"fullwidth letters", "Our patient Ｍａｒｉａ Ｌｏｐｅｚ had her surgery today", post.VerdictBlock, "Ｍａｒｉａ Ｌｏｐｅｚ", "PRIV-10"},
		{"strikethrough marks", "Our patient M̶a̶r̶i̶a̶ L̶o̶p̶e̶z̶ had her surgery today", post.VerdictBlock, "", "PRIV-10"},
		{"Cyrillic homoglyphs in a label", "Maria Lopez, DОB 03/14/1985", post.VerdictBlock, "03/14/1985", "PRIV-05"},
		// Separators between letters.
		{"spaced letters", "Congrats to D a r n e l l  B r o o k s on his new knee!", post.VerdictBlock, "D a r n e l l  B r o o k s", "PRIV-10"},
		{"hyphenated letters", "Our patient M-a-r-i-a L-o-p-e-z had her surgery today", post.VerdictBlock, "M-a-r-i-a L-o-p-e-z", "PRIV-10"},
		{"dotted letters", "Our patient M.a.r.i.a L.o.p.e.z had her surgery today", post.VerdictBlock, "M.a.r.i.a L.o.p.e.z", "PRIV-10"},
		{"dotted label", "Maria Lopez, D.O.B. 03/14/1985", post.VerdictBlock, "03/14/1985", "PRIV-05"},
		{"dotted birth date", "Maria Lopez, DOB 03.14.1985", post.VerdictBlock, "03.14.1985", "PRIV-05"},
		{"dotted birth date alone", "DOB 3.14.85", post.VerdictBlock, "3.14.85", "PRIV-05"},
		{"slashed SSN", "SSN 536/22/1234", post.VerdictBlock, "536/22/1234", "PRIV-01"},
		{"spaced health word", "Congrats to Darnell Brooks on his new k-n-e-e!", post.VerdictBlock, "Darnell Brooks", "PRIV-10"},
		// Emoji inside a phrase or a name.
		{"emoji inside a phrase", "Congrats to Darnell Brooks on his new 🦵 knee!", post.VerdictBlock, "Darnell Brooks", "PRIV-10"},
		{"emoji inside a name", "Congrats to Darnell 🎉 Brooks on his new knee!", post.VerdictBlock, "Darnell 🎉 Brooks", "PRIV-10"},
		{"emoji between digit groups", "SSN 536🔹22🔹1234", post.VerdictBlock, "", "PRIV-01"},
		// Leetspeak.
		{"leet label", "Maria Lopez, D0B 03/14/1985", post.VerdictBlock, "03/14/1985", "PRIV-05"},
		{"leet health word", "Congrats to Darnell Brooks on his new h1p replacement!", post.VerdictBlock, "Darnell Brooks", "PRIV-10"},
		{"leet patient cue", "Our p4tient Mrs. Okafor had her surgery today", post.VerdictBlock, "", "PRIV-10"},
		// Numbers spelled, broken over lines, written as entities.
		{"spelled digits", "her social is five three six two two one two three four", post.VerdictBlock, "five three six two two one two three four", "PRIV-01"},
		{"spelled last four", "Card ending nine zero two one", post.VerdictBlock, "", "PRIV-09"},
		{"spaced digits", "Call 6 1 4 5 5 5 0 1 4 2 about her results, Maria", post.VerdictBlock, "6 1 4 5 5 5 0 1 4 2", "PRIV-02"},
		{"number broken over two lines", "SSN 536-22-\n1234", post.VerdictBlock, "536-22-\n1234", "PRIV-01"},
		{"name broken over two lines", "Congrats to Dar-\nnell Brooks on his new knee!", post.VerdictBlock, "Dar-\nnell Brooks", "PRIV-10"},
		{"HTML entity", "SSN &#53;36-22-1234", post.VerdictBlock, "&#53;36-22-1234", "PRIV-01"},
		{"spelled age over 89", "Our patient turned ninety-three today!", post.VerdictBlock, "turned ninety-three", "PRIV-06"},
		{"spelled ordinal age", "Happy ninety-third birthday to Ruth!", post.VerdictBlock, "Happy ninety-third", "PRIV-06"},
		{"spelled age over 100", "Our patient celebrated one hundred and two years this week", post.VerdictBlock, "", "PRIV-06"},
		{"underscores between digit groups", "SSN 536_22_1234", post.VerdictBlock, "536_22_1234", "PRIV-01"},
		{"asterisks between digit groups", "SSN 536*22*1234", post.VerdictBlock, "536*22*1234", "PRIV-01"},
		{"leet name", "Congrats to M4ria L0pez on her new knee!", post.VerdictBlock, "M4ria L0pez", "PRIV-10"},
		{"hashtag run together in lower case", "#getwellsoonmarialopez after her surgery", post.VerdictBlock, "getwellsoonmarialopez", "PRIV-10"},
		{"hashtag half camel case", "#getwellsoonMariaLopez after her surgery", post.VerdictBlock, "getwellsoonMariaLopez", "PRIV-10"},
		{"hashtag praying for a first name", "#prayfordarnell he has surgery tomorrow", post.VerdictBlock, "prayfordarnell", "PRIV-10"},
		{"name in lower case after patient", "Our patient maria lopez had her surgery today", post.VerdictBlock, "maria lopez", "PRIV-10"},
		{"name in capitals after patient", "Our patient MARIA LOPEZ had her surgery today", post.VerdictBlock, "MARIA LOPEZ", "PRIV-10"},
		{"small capitals", "Our patient ᴍᴀʀɪᴀ ʟᴏᴘᴇᴢ had her surgery today", post.VerdictBlock, "ᴍᴀʀɪᴀ ʟᴏᴘᴇᴢ", "PRIV-10"},
		{"circled letters", "Our patient Ⓜⓐⓡⓘⓐ Ⓛⓞⓟⓔⓩ had her surgery today", post.VerdictBlock, "Ⓜⓐⓡⓘⓐ Ⓛⓞⓟⓔⓩ", "PRIV-10"},
		{"squared letters", "Our patient 🄼🄰🅁🄸🄰 🄻🄾🄿🄴🅉 had her surgery today", post.VerdictBlock, "🄼🄰🅁🄸🄰 🄻🄾🄿🄴🅉", "PRIV-10"},
		{"negative squared letters", "Our patient 🅼🅰🆁🅸🅰 had her surgery today", post.VerdictBlock, "🅼🅰🆁🅸🅰", "PRIV-10"},
		{"digits with full stops", "SSN ⒌⒊⒍-⒉⒉-⒈⒉⒊⒋", post.VerdictBlock, "⒌⒊⒍-⒉⒉-⒈⒉⒊⒋", "PRIV-01"},
		// Letters drawn like digits inside an identifier's digit groups.
		{"letter O for a zero in a birth date", "Maria Lopez, DOB O3/14/1985", post.VerdictBlock, "O3/14/1985", "PRIV-05"},
		{"letter S for a five in an SSN", "SSN S36-22-1234", post.VerdictBlock, "S36-22-1234", "PRIV-01"},
		{"capital I for a one in an SSN", "SSN 536-22-I234", post.VerdictBlock, "536-22-I234", "PRIV-01"},
		{"letter Z for a two in an SSN", "SSN 536-2Z-1234", post.VerdictBlock, "536-2Z-1234", "PRIV-01"},
		{"letters l and O in a phone", "Her cell is 6l4-555-Ol42, she has the biopsy results", post.VerdictBlock, "6l4-555-Ol42", "PRIV-02"},
		{"SSN group in parentheses", "SSN (536) 22-1234", post.VerdictBlock, "", "PRIV-01"},
		{"letter O in an age", "Our patient turned 9O today!", post.VerdictBlock, "", "PRIV-06"},
		{"letter O in an age over 100", "Our patient turned 1O2 today!", post.VerdictBlock, "", "PRIV-06"},
		{"letter O in a spaced phone", "Her cell is 614 555 O142, she has the biopsy results", post.VerdictBlock, "", "PRIV-02"},
		// Names in capitals in a text that is not.
		{"full name in capitals", "Get well soon MARIA LOPEZ after your surgery", post.VerdictBlock, "MARIA LOPEZ", "PRIV-10"},
		{"cued first name in capitals", "Congrats to DARNELL on his new knee!", post.VerdictBlock, "DARNELL", "PRIV-10"},
		{"negative squared letters, a full name", "Congrats to 🅳🅰🆁🅽🅴🅻🅻 🅱🆁🅾🅾🅺🆂 on his new knee!", post.VerdictBlock, "🅳🅰🆁🅽🅴🅻🅻 🅱🆁🅾🅾🅺🆂", "PRIV-10"},
		// Text written upside down: turned letters, in reverse order.
		{"upside-down name", "Our patient zǝdoꞀ ɐıɹɐW had her surgery today", post.VerdictBlock, "zǝdoꞀ ɐıɹɐW", "PRIV-10"},
		{"upside-down line", "¡ǝǝuʞ ʍǝu sıɥ uo sʞooɹq llǝuɹɐp oʇ sʇɐɹƃuoƆ", post.VerdictBlock, "", "PRIV-10"},
		{"upside-down capitals", "Get well soon SꓘOOᴚᗺ ˥˥ƎNᴚ∀ᗡ after your knee surgery", post.VerdictBlock, "", "PRIV-10"},
		// Letters of other scripts drawn like Latin ones.
		{"Cherokee letter in a name", "Our patient Ꮇaria Lopez had her surgery today", post.VerdictBlock, "Ꮇaria Lopez", "PRIV-10"},
		{"Cherokee and Lisu letters", "Congrats to Ꭰarnell Ᏼrooks on his new ꓗꓠꓰꓰ!", post.VerdictBlock, "Ꭰarnell Ᏼrooks", "PRIV-10"},
		{"Cherokee small letters", "Our patient ꮇaria ꮮopez had her surgery today", post.VerdictBlock, "ꮇaria ꮮopez", "PRIV-10"},
		{"Armenian letters", "Congrats to Darոell Brooks oո his ոew kոee!", post.VerdictBlock, "Darոell Brooks", "PRIV-10"},
		{"Lisu capitals", "Get well soon ꓓꓮꓣꓠꓰꓡꓡ ꓐꓣꓳꓳꓗꓢ after your knee surgery", post.VerdictBlock, "ꓓꓮꓣꓠꓰꓡꓡ ꓐꓣꓳꓳꓗꓢ", "PRIV-10"},
		// Markup around or inside words and digit groups: a network shows
		// it as typed, a reader reads past it.
		{"Markdown bold digit groups", "SSN **536**-**22**-**1234**", post.VerdictBlock, "", "PRIV-01"},
		{"HTML tag inside a number", "SSN 536-<b>22</b>-1234", post.VerdictBlock, "", "PRIV-01"},
		{"empty HTML tag inside a name", "Congrats to D<b></b>arnell Brooks on his new knee!", post.VerdictBlock, "", "PRIV-10"},
		{"HTML tag around half a name", "Congrats to Dar<span class=\"x\">nell</span> Brooks on his new knee!", post.VerdictBlock, "", "PRIV-10"},
		{"Markdown bold inside a name", "Our patient M**aria** L__opez__ had her surgery today", post.VerdictBlock, "", "PRIV-10"},
		{"Markdown escapes in a number", "SSN 536\\-22\\-1234", post.VerdictBlock, "", "PRIV-01"},
		// Numbers with words and digits mixed, and tens spoken.
		{"digits and digit words in one word", "her SSN is 5three6 22 one2three4", post.VerdictBlock, "", "PRIV-01"},
		{"digit word glued to digits", "her social is four-one-two 5five 1234", post.VerdictBlock, "", "PRIV-01"},
		{"card digits mixed", "Card ending nine0two1", post.VerdictBlock, "", "PRIV-09"},
		{"tens spoken", "Card ending ninety twenty-one", post.VerdictBlock, "", "PRIV-09"},
		{"hundreds and tens spoken", "her social is five hundred thirty-six, twenty-two, twelve thirty-four", post.VerdictBlock, "", "PRIV-01"},
		{"phone spoken in tens", "Call Maria at six fourteen, five five five, oh one four two about her biopsy", post.VerdictBlock, "", "PRIV-02"},
		{"regional-indicator letters", "Congrats to 🇩🇦🇷🇳🇪🇱🇱 🇧🇷🇴🇴🇰🇸 on his new knee!", post.VerdictBlock, "", "PRIV-10"},
		{"name written backwards", "Our patient zelaznoG airaM had her surgery today", post.VerdictBlock, "zelaznoG airaM", "PRIV-10"},
		{"first name written backwards", "Congrats to llenraD on his new knee!", post.VerdictBlock, "llenraD", "PRIV-10"},
		// E-mail addresses spaced out or with the @ and dots in brackets.
		{"spaced e-mail", "Email her at maria . gonzalez @ gmail . com", post.VerdictBlock, "maria . gonzalez @ gmail . com", "PRIV-03"},
		{"e-mail with a space before the dot", "Email her at maria.gonzalez@gmail .com", post.VerdictBlock, "maria.gonzalez@gmail .com", "PRIV-03"},
		{"e-mail with brackets glued", "Email her at maria.gonzalez(at)gmail(dot)com", post.VerdictBlock, "", "PRIV-03"},
		{"e-mail with braces", "Email her at maria.gonzalez{at}gmail{dot}com", post.VerdictBlock, "", "PRIV-03"},
		// Hashtags that run a phrase and a name together.
		{"camel-case phrase hashtag with a name", "#HopeYouFeelGoodMaria after your surgery", post.VerdictBlock, "HopeYouFeelGoodMaria", "PRIV-10"},
		{"lower-case phrase hashtag with a name", "#hopeyoufeelgoodmaria after your surgery", post.VerdictBlock, "hopeyoufeelgoodmaria", "PRIV-10"},
		{"full name hashtag", "So proud of #MariaGonzalez after her knee surgery", post.VerdictBlock, "MariaGonzalez", "PRIV-10"},
		{"HTML space entity", "Get well soon Maria&nbsp;Lopez after your surgery!", post.VerdictBlock, "Maria&nbsp;Lopez", "PRIV-10"},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			d := Draft{Text: tc.text, Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
			rep := c.Check(context.Background(), d)
			if rep.Verdict != tc.want {
				t.Errorf("%q: verdict %s, want %s (%v)", tc.text, rep.Verdict, tc.want, rep.Findings)
			}
			found := false
			for _, f := range rep.Findings {
				if f.Start < 0 || f.End > len(tc.text) || f.Start > f.End || tc.text[f.Start:f.End] != f.Match {
					t.Errorf("%s: span %d-%d does not hold its match %q", f.Rule, f.Start, f.End, f.Match)
				}
				if f.Rule == tc.rule && (tc.match == "" || f.Match == tc.match) {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no %s finding on %q (%v)", tc.text, tc.rule, tc.match, rep.Findings)
			}
		})
	}
}

// TestFoldKeepsCleanPosts: what the folding reads into a text must not
// raise a clean post. Ranges with an en dash, emoji that mark tone, text
// speak and masked words keep their verdicts.
func TestFoldKeepsCleanPosts(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want post.Verdict
	}{
		{"Recovery takes 4–6 weeks, and most people need 2–3 visits.", post.VerdictPass},
		{"Flu shots are here 💉 walk in any weekday 9–5!", post.VerdictPass},
		{"Our team ran 5 k for the food bank 🏃 thank you all!", post.VerdictPass},
		{"See you all at the 5k 💛 thank you for running!", post.VerdictPass},
		{"Open ９–５ Monday to Friday.", post.VerdictPass},
		{"Happy ２０２７ from all of us! 🎆", post.VerdictPass},
		{"Vitamin D and B12 matter in winter. Ask about your A1C at your next visit.", post.VerdictPass},
		{"Grab an N95 or KN95 mask at the front desk.", post.VerdictPass},
		{"Step one, two, three: wash, rinse, dry.", post.VerdictPass},
		{"The ninety-day supply is now covered by most plans.", post.VerdictPass},
		{"A hundred people came to the health fair!", post.VerdictPass},
		{"Our flu clinic gave one hundred and ten shots on Saturday!", post.VerdictPass},
		{"\u202eThis line was typed backwards by mistake\u202c — sorry!", post.VerdictPass},
		{"Привет! Мы говорим по-русски.", post.VerdictPass},
		{"Q&amp;A with our nurses on Thursday at noon.", post.VerdictPass},
		{"Please be patient with us during flu season, and thank you!", post.VerdictPass},
		{"Happy 4th 🇺🇸 from our team ⓘ closed Monday", post.VerdictPass},
		{"Say hI to the iPhone crowd: we are on eBay and at ourTEAM events this winter.", post.VerdictPass},
		{"Meet Dr. Patel @ the health fair. Com see us! Tickets (at) the door, or at maplefamilymed . com", post.VerdictPass},
		{"Our staff speak the languages of 🇲🇽🇻🇳🇵🇭 and more: ask at the desk!", post.VerdictPass},
		{"Great job everyone! #teamwork #getwellsoon #fightflu #strongertogether", post.VerdictPass},
		{"Vitamins B6 and B12 matter; ask about O2 levels at your visit.", post.VerdictPass},
		{"Room 2B is closed for painting; the I-95 exit is open.", post.VerdictPass},
		{"In your 20s, 30s and 40s: get your blood pressure checked.", post.VerdictPass},
		{"Join us at GRACE CHAPEL for the FREE health fair, with a talk by MARK YOUNG of the AMY WALKER FOUNDATION.", post.VerdictPass},
		{"¡Feliz Navidad! Sağlıklı yıllar — ɔdɔ from all of us (Twi for love) 🎄", post.VerdictPass},
		{"ᏏᏲ! ᎣᏍᏓ ᏑᎾᎴᎢ from our Tahlequah clinic. Բարև ձեզ, neighbors!", post.VerdictPass},
		{"What the f**k, flu season? Wash your hands, it's not that h*rd. 5*3 = 15 <3 our team", post.VerdictReview},
		{"Walk ten, twenty, thirty minutes a day; since 2019, one in four of our patients does.", post.VerdictPass},
		{"Happy twenty twenty-seven! Our 5k raised twelve hundred dollars.", post.VerdictPass},
		{"Ask for the last-four-3318 form at the desk, or call us at 614 555 two three six eight.", post.VerdictPass},
		{"Flu shots this week! #BeKindAlways #ShopSmallSaturday #HappyFathersDay #MakeAmericaHealthy #WalkWithADoc #TeamMaple #GodBlessAmerica #strongertogether #washyourhands #ThankYouNurses #MartinLutherKingDay #RosaParksDay", post.VerdictPass},
		{"Go team! #gorangers #lovemyjob #teammaple #healthyliving #prayforpeace", post.VerdictPass},
	} {
		rep := c.Check(context.Background(), Draft{Text: tc.text, Now: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)})
		if rep.Verdict != tc.want {
			t.Errorf("%q: verdict %s, want %s (%v)", tc.text, rep.Verdict, tc.want, rep.Findings)
		}
	}
}

// TestFoldMap checks the fold's offsets on its own: every byte of the
// folded text maps into the written text, and an ASCII post without tricks
// is not folded at all.
func TestFoldMap(t *testing.T) {
	c, _ := New(testProfile())
	for _, text := range []string{
		"SSN ５３６\u2011２２-１２\u200b３４ and M-a-r-i-a",
		"\u202ezepoL airaM\u202c, &#53;36 and \xff\xfe bad bytes",
		"Congrats to Darnell 🎉 Brooks on his new 🦵 knee!",
		strings.Repeat("𝐌", 50),
	} {
		f, changed := fold(text, c.leetTarget, nil)
		if !changed {
			t.Errorf("%q: not folded", text)
		}
		if len(f.from) != len(f.text) || len(f.to) != len(f.text) {
			t.Fatalf("%q: map of %d/%d bytes for %d", text, len(f.from), len(f.to), len(f.text))
		}
		for i := range f.text {
			if f.from[i] < 0 || f.to[i] > int32(len(text)) || f.from[i] >= f.to[i] {
				t.Fatalf("%q: byte %d maps to %d-%d", text, i, f.from[i], f.to[i])
			}
		}
	}
	// The ends of a text cut through each fold's pattern: no fold may
	// read past the text or leave a byte unmapped.
	for _, text := range []string{"(5", "(536)", "SSN (536) 2", "**", "a**", "**a", "<b", "<b>", "</", "x\\", "\\",
		"five hundred", "five hundred and", "ninety-", "thirty-", "5five", "zǝ", "ǝ", "🇩🇦🇷", "🇩🇦", "airaM", "zelaznoG ", "9O", "O",
		"S36-", "-S36", "<span class=\"x\"", "`", "``"} {
		f, _ := fold(text, c.leetTarget, nil)
		for i := range f.text {
			if f.from[i] < 0 || f.to[i] > int32(len(text)) || f.from[i] >= f.to[i] {
				t.Fatalf("%q: byte %d maps to %d-%d", text, i, f.from[i], f.to[i])
			}
		}
		c.Check(context.Background(), Draft{Text: text})
	}
	plain := "Flu shots are here! Call (614) 555-2368 or visit maplefamilymed.com."
	toks, _ := tokenize(plain)
	if needsFold(plain, isASCII(plain), toks) {
		t.Errorf("%q: an ASCII post without tricks is folded", plain)
	}
}

// TestSideTexts: a content warning and an image's alt text are published
// beside the post's body, so a patient named or numbered there is held as
// in the body; a harmless one passes.
func TestSideTexts(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	md := []Target{target("md", "mastodon")}
	for _, tc := range []struct {
		name string
		d    Draft
		want post.Verdict
		rule string
	}{
		{"content warning with a name and health", Draft{Text: "Flu shots are here!", Channels: md,
			ContentWarnings: map[string]string{"md": "Our patient Maria Lopez, after her knee surgery"}}, post.VerdictBlock, "PRIV-10"},
		{"content warning with an SSN", Draft{Text: "Flu shots are here!", Channels: md,
			ContentWarnings: map[string]string{"md": "SSN 536-22-1234"}}, post.VerdictBlock, "PRIV-01"},
		{"alt text with a birth date", Draft{Text: "Flu shots are here!",
			Media: []post.Media{{AltText: "Maria Lopez, DOB 03/14/1985, after her knee surgery"}}}, post.VerdictBlock, "PRIV-05"},
		{"harmless content warning", Draft{Text: "Flu shots are here!", Channels: md,
			ContentWarnings: map[string]string{"md": "needles"}}, post.VerdictPass, ""},
		{"harmless alt text", Draft{Text: "Flu shots are here!",
			Media: []post.Media{{AltText: "Dr. Anita Patel holding a flu vaccine in our lobby"}}}, "", ""},
		// Google publishes an event's or offer's title, coupon and terms
		// beside the summary (channels/google, applyTopic).
		{"event title with a name and health", Draft{Text: "Join us Saturday!", Channels: []Target{target("g", "google")},
			Topics: map[string]post.Topic{"g": {Type: post.TopicEvent, Title: "Maria Lopez's 95th birthday after her hip surgery"}}}, post.VerdictBlock, "PRIV-10"},
		{"offer terms with an SSN", Draft{Text: "Half off a sports physical this month", Channels: []Target{target("g", "google")},
			Topics: map[string]post.Topic{"g": {Type: post.TopicOffer, Title: "Sports physicals", Terms: "Reserved for SSN 536-22-1234"}}}, post.VerdictBlock, "PRIV-01"},
		{"coupon with a phone", Draft{Text: "Half off a sports physical this month", Channels: []Target{target("g", "google")},
			Topics: map[string]post.Topic{"g": {Type: post.TopicOffer, Title: "Sports physicals", Coupon: "Call Maria 614-555-0142 re her chemo"}}}, post.VerdictBlock, "PRIV-02"},
		{"harmless event title", Draft{Text: "Join us Saturday!", Channels: []Target{target("g", "google")},
			Topics: map[string]post.Topic{"g": {Type: post.TopicEvent, Title: "Flu shot clinic"}}}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.d.Now = time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
			rep := c.Check(context.Background(), tc.d)
			checkSpans(t, tc.d, rep)
			if tc.want != "" && rep.Verdict != tc.want {
				t.Errorf("verdict %s, want %s (%v)", rep.Verdict, tc.want, rep.Findings)
			}
			found := tc.rule == ""
			for _, f := range rep.Findings {
				if f.Rule == tc.rule && strings.HasPrefix(f.Message, "In the ") {
					found = true
				}
				if tc.rule == "" && strings.HasPrefix(f.Message, "In the ") {
					t.Errorf("finding on a harmless side text: %v", f)
				}
			}
			if !found {
				t.Errorf("no %s finding in the side text (%v)", tc.rule, rep.Findings)
			}
		})
	}
}

// TestSideTextsUseNow: a draft with no Now is checked as of the present,
// its alt texts and content warnings too. The side texts were once scanned
// with the caller's draft rather than the one Check completes, so a birth
// year there was read against the year 1 and an age over 89 went unseen.
func TestSideTextsUseNow(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	born := strconv.Itoa(time.Now().Year() - 95)
	for _, tc := range []struct {
		name string
		d    Draft
	}{
		{"alt text", Draft{Text: "Flu shots are here!",
			Media: []post.Media{{AltText: "Our patient Ruth, born in " + born + ", at her checkup"}}}},
		{"content warning", Draft{Text: "Flu shots are here!", Channels: []Target{target("md", "mastodon")},
			ContentWarnings: map[string]string{"md": "Our patient Ruth, born in " + born + ", at her checkup"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := c.Check(context.Background(), tc.d) // no Now: the present
			found := false
			for _, f := range rep.Findings {
				if f.Rule == "PRIV-06" && strings.HasPrefix(f.Message, "In the ") {
					found = true
				}
			}
			if !found {
				t.Errorf("no PRIV-06 finding for a birth year %s in the %s: %v", born, tc.name, rep.Findings)
			}
		})
	}
}

// TestCancelledCheckIsNoPass: a check its context stopped ran only some
// rules (or none), so its verdict is block: a caller that hung up while a
// post with an SSN was being checked once got a plain pass with no
// finding, which the calendar stored as the checklist's approval.
func TestCancelledCheckIsNoPass(t *testing.T) {
	c, err := New(testProfile())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, text := range []string{"SSN 536-22-1234", "Flu shots are here!"} {
		rep := c.Check(ctx, Draft{Text: text})
		if rep.Verdict != post.VerdictBlock {
			t.Errorf("%q, context cancelled: verdict %s (%v)", text, rep.Verdict, rep.Findings)
		}
	}
}

// TestFoldKeepsOneLetterWordsOfTheirScript: a Cyrillic or Greek word drawn
// only with letters that look Latin ("в", "с", "вас", "ο") is that
// language's word when a word beside it is written in its script, so it
// is not rewritten as Latin; a word made only of look-alikes in a Latin
// sentence, or mixing Latin letters with them, still is.
func TestFoldKeepsOneLetterWordsOfTheirScript(t *testing.T) {
	c, _ := New(testProfile())
	for _, tc := range []struct{ text, want string }{
		{"Мама в больнице с дочкой", "Мама в больнице с дочкой"},
		{"Ждём вас в клинике у метро, о здоровье", "Ждём вас в клинике у метро, о здоровье"},
		{"в больнице", "в больнице"},
		{"ο γιατρός", "ο γιατρός"},
		{"Mаria's new knee", "Maria's new knee"},
		{"РАТ and Maria", "PAT and Maria"},
		{"Maria в hospital", "Maria b hospital"},
		{"Mаria в больнице", "Maria в больнице"},
	} {
		f, _ := fold(tc.text, c.leetTarget, nil)
		if f.text != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.text, f.text, tc.want)
		}
	}
}
