package twittertext

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
)

const conformanceFile = "testdata/twitter-text-validate.yml"

// v3Sections are the sections of validate.yml whose expectations are made
// with config v3 (the others use the legacy 140 limit or config v2).
var v3Sections = map[string]bool{
	"WeightedTweetsWithDiscountedEmojiCounterTest": true,
	"UnicodeDirectionalMarkerCounterTest":          true,
}

func loadCases(t *testing.T) map[string][]conformanceCase {
	t.Helper()
	cases, err := loadConformance(conformanceFile)
	if err != nil {
		t.Fatalf("load %s: %v", conformanceFile, err)
	}
	bySection := map[string][]conformanceCase{}
	for _, c := range cases {
		bySection[c.Section] = append(bySection[c.Section], c)
	}
	return bySection
}

func TestConformanceFileShape(t *testing.T) {
	bySection := loadCases(t)
	// Counts from the file itself (see PLATFORMS.md 2.2); a loader that
	// dropped cases would pass the other tests vacuously.
	want := map[string]int{
		"tweets": 8, "usernames": 4, "lists": 5, "hashtags": 7, "urls": 24,
		"urls_without_protocol": 5, "WeightedTweetsCounterTest": 20,
		"WeightedTweetsWithDiscountedEmojiCounterTest": 22, "UnicodeDirectionalMarkerCounterTest": 2,
	}
	for section, n := range want {
		if got := len(bySection[section]); got != n {
			t.Errorf("section %s: %d cases, want %d", section, got, n)
		}
	}
}

func TestConformanceV3(t *testing.T) {
	bySection := loadCases(t)
	ran := 0
	for section := range v3Sections {
		for _, c := range bySection[section] {
			ran++
			t.Run(section+"/"+c.Description, func(t *testing.T) {
				got := Parse(c.Text)
				want := Result{
					WeightedLength: atoi(t, c.Fields["weightedLength"]),
					Permillage:     atoi(t, c.Fields["permillage"]),
					Valid:          c.Fields["valid"] == "true",
					DisplayRange:   [2]int{atoi(t, c.Fields["displayRangeStart"]), atoi(t, c.Fields["displayRangeEnd"])},
					ValidRange:     [2]int{atoi(t, c.Fields["validRangeStart"]), atoi(t, c.Fields["validRangeEnd"])},
				}
				if got != want {
					t.Errorf("line %d: Parse(%.60q)\n got %+v\nwant %+v", c.Line, c.Text, got, want)
				}
				if WeightedLength(c.Text) != want.WeightedLength || Valid(c.Text) != want.Valid {
					t.Errorf("WeightedLength/Valid disagree with Parse")
				}
			})
		}
	}
	if ran != 24 {
		t.Fatalf("ran %d v3 cases, want 24", ran)
	}
}

// TestConformanceLegacyTweets runs the "tweets" section, written for the old
// 140-character rule, where its verdict still holds under v3: every tweet it
// calls valid is also within 280, and empty text is invalid either way. Its
// two "141-character" invalid tweets are valid under 280, so they are checked
// to be valid, with their weighted length.
func TestConformanceLegacyTweets(t *testing.T) {
	for _, c := range loadCases(t)["tweets"] {
		t.Run(c.Description, func(t *testing.T) {
			if c.Bool == nil {
				t.Fatalf("line %d: no true/false expectation", c.Line)
			}
			got := Parse(c.Text)
			switch {
			case *c.Bool || c.Text == "":
				if got.Valid != *c.Bool {
					t.Errorf("Valid = %v, want %v (%+v)", got.Valid, *c.Bool, got)
				}
			default:
				// Plain ASCII plus one URL, which counts 23 whatever its length.
				const url = "http://bit.ly/dJpywL"
				want := len(c.Text) - len(url) + transformedURLLength
				if !got.Valid || got.WeightedLength != want {
					t.Errorf("141-char legacy tweet under v3: got %+v", got)
				}
			}
		})
	}
}

// TestConformanceURLsWithoutProtocol: every host the file calls a valid URL
// without protocol is counted as one 23-character link when posted alone.
func TestConformanceURLsWithoutProtocol(t *testing.T) {
	for _, c := range loadCases(t)["urls_without_protocol"] {
		if c.Bool == nil || !*c.Bool {
			t.Fatalf("line %d: expected a valid URL case", c.Line)
		}
		if got := WeightedLength(c.Text); got != transformedURLLength {
			t.Errorf("WeightedLength(%q) = %d, want %d", c.Text, got, transformedURLLength)
		}
	}
}

// TestConfigMatchesV3JSON keeps the constants in config.go equal to the
// published configuration file.
func TestConfigMatchesV3JSON(t *testing.T) {
	raw, err := os.ReadFile("testdata/twitter-text-config-v3.json")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Version                int  `json:"version"`
		MaxWeightedTweetLength int  `json:"maxWeightedTweetLength"`
		Scale                  int  `json:"scale"`
		DefaultWeight          int  `json:"defaultWeight"`
		EmojiParsingEnabled    bool `json:"emojiParsingEnabled"`
		TransformedURLLength   int  `json:"transformedURLLength"`
		Ranges                 []struct {
			Start, End rune
			Weight     int
		} `json:"ranges"`
	}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Version != 3 || cfg.MaxWeightedTweetLength != MaxWeightedLength || cfg.Scale != scale ||
		cfg.DefaultWeight != defaultWeight || !cfg.EmojiParsingEnabled || cfg.TransformedURLLength != transformedURLLength {
		t.Errorf("config v3 differs from constants: %+v", cfg)
	}
	if len(cfg.Ranges) != len(lightRanges) {
		t.Fatalf("config has %d ranges, code %d", len(cfg.Ranges), len(lightRanges))
	}
	for i, r := range cfg.Ranges {
		if got := lightRanges[i]; got.Start != r.Start || got.End != r.End || got.Weight != r.Weight {
			t.Errorf("range %d: code %+v, config %+v", i, got, r)
		}
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("expected field %q: %v", s, err)
	}
	return n
}
