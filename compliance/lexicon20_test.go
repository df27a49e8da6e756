package compliance

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Tests of session 20's health-word breadth (t20lex): a health event told
// in a word the WordNet data does not hold, in English and in the
// languages of the families US clinics serve. Every case is our own
// wording. Next to a named person the word blocks (PRIV-10); in a general
// health-education sentence with no person it passes.

// checklistTerms reads one checklist of testdata/lexicon20: a term a line,
// "#" lines and blank lines skipped.
func checklistTerms(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "lexicon20", name))
	if err != nil {
		t.Fatalf("open checklist: %v", err)
	}
	defer f.Close()
	var terms []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && line[0] != '#' {
			terms = append(terms, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read checklist %s: %v", name, err)
	}
	return terms
}

// checkChecklist puts every term of a checklist in each person frame (the
// term's "X"), where it must block with a PRIV-10 finding, and in the
// education frame, where it must not block nor find a patient.
func checkChecklist(t *testing.T, name string, personFrames []string, eduFrame string) {
	t.Helper()
	p := testProfile()
	p.Disabled = append(p.Disabled, "PRIV-16")
	c := rulesChecker(t, p)
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, term := range checklistTerms(t, name) {
		for _, frame := range personFrames {
			text := strings.ReplaceAll(frame, "X", term)
			rep := c.Check(context.Background(), Draft{Text: text, Now: now})
			if rep.Verdict != post.VerdictBlock {
				t.Errorf("%s: %q: verdict %s, want block; findings %v", name, text, rep.Verdict, brief(rep.Findings))
			}
		}
		text := strings.ReplaceAll(eduFrame, "X", term)
		rep := c.Check(context.Background(), Draft{Text: text, Now: now})
		if rep.Verdict == post.VerdictBlock || hasRule(rep, "PRIV-10") {
			t.Errorf("%s: %q (no person): verdict %s; findings %v", name, text, rep.Verdict, brief(rep.Findings))
		}
	}
}

// TestLexiconEnglishChecklist: the ~300 commonest diagnoses, findings,
// tests, procedures and care events of primary care, pediatrics, OB,
// dental, dermatology, orthopedics, cardiology, mental health and
// substance use, as staff and families write them.
func TestLexiconEnglishChecklist(t *testing.T) {
	checkChecklist(t, "english.txt",
		[]string{"Congrats to Dana Whitfield on beating her X! 🎉", "Dana Whitfield told us all about her X at lunch."},
		"Questions about X? Our nurses can answer them at the free class Tuesday.")
}

// TestLexiconOtherLanguagesChecklist: the same events in the languages of
// the families US clinics serve, each list in a frame a bilingual post
// uses (a name, then the word).
func TestLexiconOtherLanguagesChecklist(t *testing.T) {
	for _, name := range []string{"portuguese.txt", "french.txt", "haitian.txt", "somali.txt",
		"arabic_latin.txt", "vietnamese.txt", "tagalog.txt", "hmong.txt", "nepali.txt", "burmese_latin.txt",
		"swahili.txt", "marshallese.txt", "ethiopian.txt", "kurdish.txt", "russian.txt", "korean.txt", "chinese.txt"} {
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			checkChecklist(t, name,
				[]string{"Dana Whitfield: X 🙏", "Big hugs to Dana Whitfield. X."},
				"X — what every family should know. Free class Tuesday at 6.")
		})
	}
}

// TestLexiconSpanishPortugueseFrench: whole sentences in Portuguese and
// French, and Spanish health education that must keep passing. The
// Spanish word list (testdata/lexicon20/spanish.txt) was withdrawn: with
// it a blind set's clean-post floor failed (TestBlind11), so its person
// cases are not here; see compliance/health/README.md.
func TestLexiconSpanishPortugueseFrench(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Parabéns à Dona Graça Oliveira, que venceu o câncer de mama!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "O Seu Joaquim Ribeiro foi internado ontem, orações por ele 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "A Thaís Moura Silva teve catapora e já voltou para a escola.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pensées pour Mme Aline Dubois, hospitalisée depuis lundi.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Le petit Noah Girard a la rougeole, il reste à la maison cette semaine.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "El sarampión se contagia muy fácil. Vacune a sus hijos: clínica gratis el jueves.", want: post.VerdictPass},
		{text: "La presión alta casi nunca da síntomas. Mídase la presión gratis en la feria de salud.", want: post.VerdictPass},
		{text: "O sarampo voltou: confira a caderneta de vacinação dos seus filhos.", want: post.VerdictPass},
		{text: "La rougeole est très contagieuse : vérifiez le carnet de vaccination de vos enfants.", want: post.VerdictPass},
	})
}

// TestLexiconCreoleSomaliSwahili: Haitian Creole, Somali, Swahili and
// Arabic written in Latin letters.
func TestLexiconCreoleSomaliSwahili(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Ti Jonas Pierre-Louis gen lawoujòl, li p ap vini lekòl semèn sa a.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Nou voye lanmou pou Wiselande Jean-Baptiste, li fè sezaryèn vandredi.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Hooyo Faadumo Cali waxay ku jirtaa cisbitaalka, ducada ha loo sameeyo.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Tunamwombea Mama Neema Mwangi, amelazwa tangu jana.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pole sana kwa familia ya Baraka Otieno, alifariki Jumapili.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Salma Haddad has been in the mustashfa since Friday, keep her in your duas.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Lawoujòl gaye vit. Vaksen gratis pou timoun yo jedi a.", want: post.VerdictPass},
		{text: "Surua inaenea haraka. Chanjo ni bure Alhamisi hii.", want: post.VerdictPass},
		{text: "Marad al sukkar: learn the signs at our class at the Dearborn office Saturday.", want: post.VerdictPass},
	})
}

// TestLexiconAsianLanguages: Vietnamese (with and without tone marks),
// Tagalog, Hmong, Nepali, Burmese in Latin letters, Korean and Chinese.
func TestLexiconAsianLanguages(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Cầu nguyện cho bác Nguyễn Văn Tám, bác bị đột quỵ tuần trước.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Chuc mung chi Tran Thi Mai, be sinh non nhung da khoe roi, tram cam cung do hon.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ipagdasal natin si Lola Remedios Santos, naconfine siya kahapon.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Si Jomar Villanueva ay may tigdas, hindi muna siya papasok.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Niam Tais Yer Vang nyob tsev kho mob txij hnub Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Sita Gurung garbhavati chhin, badhai chha! 🎉", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Pray for Saw Htoo Moo: Thra Saw has been at the hsay yone since Monday.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Minji Kim 님이 제왕절개로 건강한 딸을 낳았어요!", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Grandpa Young-soo Park is in the 중환자실 after a 뇌졸중.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Aunt Wang Xiuying 上周做了剖腹产，母女平安。", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Uncle Li Wei 得了肺炎, 正在恢复。", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Viêm phổi ở trẻ em: dấu hiệu cần biết. Hội thảo miễn phí thứ Bảy.", want: post.VerdictPass},
		{text: "Ang tigdas ay nakakahawa. Pabakunahan ang inyong mga anak ngayong Huwebes.", want: post.VerdictPass},
		{text: "독감 예방접종 무료, 목요일 오전.", want: post.VerdictPass},
		{text: "流感季节到了，欢迎周四来免费接种疫苗。", want: post.VerdictPass},
	})
}

// TestLexiconOtherScripts: Russian and Ukrainian, Kurdish, Amharic and
// Oromo (in Latin letters and in Ethiopic), Marshallese.
func TestLexiconOtherScripts(t *testing.T) {
	checkRuleCases(t, []familyCase{
		{text: "Молимся за Оксану Ткаченко, у неё пневмония, она в реанимации.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Xalid Berzanî li nexweşxaneyê ye, em ji bo wî dua dikin.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Prayers for Almaz Tesfaye, she had qedo tigena last week.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Ms. Almaz Tesfaye በሆስፒታል ናት 🙏", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mr. Tolosa Gemechu dhukkubsataa dha, kadhannaa keessan isa yaadadhaa.", want: post.VerdictBlock, rule: "PRIV-10"},
		{text: "Mrs. Neiar Lajuon is in the aujpitōl since Sunday.", want: post.VerdictBlock, rule: "PRIV-10"},

		{text: "Корь очень заразна: проверьте прививки детей. Бесплатно в четверг.", want: post.VerdictPass},
		{text: "Penceşêr: learn the signs at our class Saturday at the Lincoln office.", want: post.VerdictPass},
		{text: "የስኳር በሽታ: learn the signs at our class Saturday.", want: post.VerdictPass},
	})
}
