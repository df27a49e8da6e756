package bluesky_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/bluesky"
	"github.com/practicepost/practicepost/channels/bluesky/blueskyfake"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

func config(fake *blueskyfake.Server, logs *channeltest.LogBuffer) bluesky.Config {
	return bluesky.Config{ID: "bluesky-test", PDS: fake.URL(), AppView: fake.AppViewURL(),
		Handle: blueskyfake.Handle, AppPassword: blueskyfake.AppPassword,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
}

func newChannel(t *testing.T, cfg bluesky.Config) *bluesky.Channel {
	t.Helper()
	c, err := bluesky.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newFake(t *testing.T) *blueskyfake.Server {
	fake := blueskyfake.New()
	t.Cleanup(fake.Close)
	return fake
}

func TestConformance(t *testing.T) {
	fake := newFake(t)
	logs := &channeltest.LogBuffer{}
	channeltest.Run(t, channeltest.Opt{
		Name: "bluesky",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			cfg := config(fake, logs)
			cfg.PDS = baseURL
			return newChannel(t, cfg)
		},
		Secrets: []string{blueskyfake.AppPassword, "fake-access-", "fake-refresh-"},
		Logs:    logs.String,
		MaxLen:  bluesky.MaxGraphemes,
	})
}

func outgoing(text string) post.Outgoing {
	return post.Outgoing{PostID: post.NewID(time.Now()), Channel: "bluesky-test", AttemptID: post.NewID(time.Now()), Text: text}
}

func TestMeasure(t *testing.T) {
	family := "👨\u200d👩\u200d👧\u200d👦" // one grapheme, 25 bytes
	tests := []struct {
		name     string
		text     string
		max      int
		wantN    int
		wantOver int
	}{
		{"ascii", "hello", 0, 5, 5},
		{"300 letters fit", strings.Repeat("a", 300), 300, 300, 300},
		{"301 letters", strings.Repeat("a", 301), 300, 301, 300},
		{"ZWJ family is one", family, 0, 1, len(family)},
		{"ZWJ family passes the limit whole", "ab" + family + "c", 2, 4, 2},
		{"flags are one each", "🇺🇸🇩🇪", 0, 2, 16},
		{"a flag is not cut in two", "a🇺🇸🇩🇪", 2, 3, 9},
		{"combining acute", "e\u0301te\u0301", 0, 3, 7},
		{"stacked combining marks", "a\u0300\u0301\u0302b", 1, 2, 7},
		{"Hangul jamo", "\u1100\u1161\u11a8", 0, 1, 9},
		{"skin tone", "👍🏽ok", 0, 3, 10},
		{"keycap", "#\ufe0f\u20e3", 0, 1, 7},
		{"CRLF is one", "a\r\nb", 0, 3, 4},
		{"CJK", "流感疫苗", 3, 4, 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, over := bluesky.Measure(tc.text, tc.max)
			if n != tc.wantN || over != tc.wantOver {
				t.Errorf("Measure(%q, %d) = %d, %d; want %d, %d", tc.text, tc.max, n, over, tc.wantN, tc.wantOver)
			}
		})
	}
}

// TestKindFlags301Graphemes: the checklist and the compose page measure
// with the kind: 300 graphemes fit, 301 do not, whatever their bytes.
func TestKindFlags301Graphemes(t *testing.T) {
	k, ok := channels.Lookup("bluesky")
	if !ok {
		t.Fatal("kind bluesky is not registered")
	}
	flag := "🇳🇴"
	for _, tc := range []struct {
		text string
		fits bool
	}{
		{strings.Repeat("a", 300), true},
		{strings.Repeat("a", 301), false},
		{strings.Repeat(flag, 300), true},
		{strings.Repeat(flag, 300) + "e\u0301", false},
		{strings.Repeat("e\u0301", 301), false},
	} {
		fit := k.Fit(tc.text)
		if fit.Fits != tc.fits || fit.Limit != 300 {
			t.Errorf("Fit(%d bytes) = %+v, want fits=%v at 300", len(tc.text), fit, tc.fits)
		}
	}
}

func TestDetectFacets(t *testing.T) {
	// f is a wanted facet (a local type: unkeyed literals stay short).
	type f struct {
		kind       string
		start, end int
		value      string
	}
	link, mention, tag := bluesky.FacetLink, bluesky.FacetMention, bluesky.FacetTag
	tests := []struct {
		name string
		text string
		want []f
	}{
		{"link with query, sentence period", "See https://example.org/flu?x=1.", []f{{link, 4, 31, "https://example.org/flu?x=1"}}},
		{"emoji before a link moves it by bytes", "💉 https://example.org", []f{{link, 5, 24, "https://example.org"}}},
		{"parenthesised link", "(https://example.org/a)", []f{{link, 1, 22, "https://example.org/a"}}},
		{"link with its own parentheses", "https://en.wikipedia.org/wiki/Flu_(disease)", []f{{link, 0, 43, "https://en.wikipedia.org/wiki/Flu_(disease)"}}},
		{"bare domain is not linked", "visit example.org today", nil},
		{"mention", "@alice.test hi", []f{{mention, 0, 11, "alice.test"}}},
		{"mention ending a sentence", "Thanks @Dr-Lee.bsky.social.", []f{{mention, 7, 26, "dr-lee.bsky.social"}}},
		{"email is no mention", "mail a@b.com", nil},
		{"mention without a dot", "@alice hi", nil},
		{"hashtag", "Get your #FluShot2026!", []f{{tag, 9, 21, "FluShot2026"}}},
		{"hashtag after emoji", "🩺 #health", []f{{tag, 5, 12, "health"}}},
		{"digits only", "room #12", nil},
		{"keycap emoji", "#\ufe0f\u20e3 keycap", nil},
		{"fullwidth hash", "＃インフル", []f{{tag, 0, 15, "インフル"}}},
		{"hash inside a link", "https://example.org/#top", []f{{link, 0, 24, "https://example.org/#top"}}},
		{"hash inside a word", "C#sharp", nil},
		{"too long tag", "#" + strings.Repeat("a", 65), nil},
		// JavaScript's \s, which the official client's patterns use, takes
		// every Unicode space; a URL pasted before a no-break space must
		// end there, or its facet's uri holds the space and the PDS
		// refuses the whole record as invalid.
		{"link before a no-break space", "Book at https://e.org/flu\u00a0today", []f{{link, 8, 25, "https://e.org/flu"}}},
		{"link before an ideographic space", "https://e.org\u3000予約", []f{{link, 0, 13, "https://e.org"}}},
		{"link after a no-break space", "Book:\u00a0https://e.org", []f{{link, 7, 20, "https://e.org"}}},
		{"mention after a no-break space", "Thanks\u00a0@alice.test", []f{{mention, 8, 19, "alice.test"}}},
		{"all three in order", "#flu @alice.test https://e.org", []f{{tag, 0, 4, "flu"}, {mention, 5, 16, "alice.test"}, {link, 17, 30, "https://e.org"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := bluesky.DetectFacets(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("DetectFacets(%q) = %+v, want %+v", tc.text, got, tc.want)
			}
			for i := range got {
				if g := (f{got[i].Kind, got[i].Start, got[i].End, got[i].Value}); g != tc.want[i] {
					t.Errorf("facet %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// storedFacet is a facet as the record holds it.
type storedFacet struct {
	Index struct {
		ByteStart int `json:"byteStart"`
		ByteEnd   int `json:"byteEnd"`
	} `json:"index"`
	Features []map[string]string `json:"features"`
}

// storedPost is the part of a stored record the tests compare.
type storedPost struct {
	Text   string        `json:"text"`
	Facets []storedFacet `json:"facets"`
	Reply  *struct {
		Root, Parent struct{ URI, CID string }
	} `json:"reply"`
	Embed *struct {
		Type   string `json:"$type"`
		Images []struct {
			Alt   string `json:"alt"`
			Image struct {
				Type     string            `json:"$type"`
				Ref      map[string]string `json:"ref"`
				MimeType string            `json:"mimeType"`
				Size     int               `json:"size"`
			} `json:"image"`
			AspectRatio struct{ Width, Height int } `json:"aspectRatio"`
		} `json:"images"`
	} `json:"embed"`
}

func stored(t *testing.T, fake *blueskyfake.Server, uri string) storedPost {
	t.Helper()
	raw, ok := fake.Record(uri)
	if !ok {
		t.Fatalf("no record %s", uri)
	}
	var p storedPost
	if err := json.Unmarshal(raw, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// wantFacets checks the record's facets cover exactly the wanted spans of
// its text, each with the wanted feature.
func wantFacets(t *testing.T, p storedPost, want map[string][2]string) {
	t.Helper()
	if len(p.Facets) != len(want) {
		t.Errorf("record has %d facets, want %d: %+v", len(p.Facets), len(want), p.Facets)
	}
	for _, f := range p.Facets {
		span := p.Text[f.Index.ByteStart:f.Index.ByteEnd]
		w, ok := want[span]
		if !ok {
			t.Errorf("facet over %q [%d, %d) not wanted", span, f.Index.ByteStart, f.Index.ByteEnd)
			continue
		}
		if len(f.Features) != 1 || f.Features[0]["$type"] != w[0] {
			t.Errorf("facet over %q has features %v, want %s", span, f.Features, w[0])
			continue
		}
		ft := f.Features[0]
		if got := ft["uri"] + ft["did"] + ft["tag"]; got != w[1] {
			t.Errorf("facet over %q names %q, want %q", span, got, w[1])
		}
	}
}

func TestPublishFacetsOnByteRanges(t *testing.T) {
	fake := newFake(t)
	alice := fake.AddAccount("alice.test")
	c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	text := "💉 Flu shots with @alice.test 👩\u200d⚕️ at https://example.org/flu?day=sat. #FluSeason ❤️ @nobody.example"
	r, err := c.Publish(t.Context(), outgoing(text))
	if err != nil {
		t.Fatal(err)
	}
	p := stored(t, fake, r.RemoteID)
	if p.Text != text {
		t.Errorf("text %q, sent %q", p.Text, text)
	}
	// @nobody.example does not resolve: it stays text, as in the app.
	wantFacets(t, p, map[string][2]string{
		"@alice.test":                     {"app.bsky.richtext.facet#mention", alice},
		"https://example.org/flu?day=sat": {"app.bsky.richtext.facet#link", "https://example.org/flu?day=sat"},
		"#FluSeason":                      {"app.bsky.richtext.facet#tag", "FluSeason"},
	})
}

// TestRetryOfAttemptAfterLostAnswer: the create's answer is lost; the
// retry of the same attempt uses the same record key, finds the post and
// makes no second one.
func TestRetryOfAttemptAfterLostAnswer(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	o := outgoing("Flu shots this week at the Riverside clinic, walk-ins welcome.")
	fake.LoseResponses(1)
	_, err := c.Publish(t.Context(), o)
	if channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Fatalf("first Publish: %v, want outcome_unknown", err)
	}
	fake.LoseResponses(0)
	r, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatalf("retry: %v", err)
	}
	got := fake.Accepted()
	if len(got) != 1 || got[0].RemoteID != r.RemoteID {
		t.Fatalf("posts %+v, retry returned %q: want the one post", got, r.RemoteID)
	}
	if want := "at://" + blueskyfake.DID + "/app.bsky.feed.post/" + bluesky.RecordKey(o); r.RemoteID != want {
		t.Errorf("post %s, want the attempt's address %s", r.RemoteID, want)
	}
	if r.PublishedAt.IsZero() || r.URL == "" {
		t.Errorf("receipt %+v lacks time or URL", r)
	}
}

// TestCreateFailedAfterCommit: the PDS commits the post and then answers
// 500; the adapter reads the attempt's key back and reports the post
// instead of a failure the scheduler would retry into a second post.
func TestCreateFailedAfterCommit(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	fake.FailAfterCommit(1)
	r, err := c.Publish(t.Context(), outgoing("Clinic closed on Thursday for training."))
	if err != nil {
		t.Fatalf("Publish: %v, want the committed post", err)
	}
	got := fake.Accepted()
	if len(got) != 1 || got[0].RemoteID != r.RemoteID {
		t.Errorf("posts %+v, receipt %q", got, r.RemoteID)
	}
}

func TestRecordKey(t *testing.T) {
	at := time.Date(2026, 12, 4, 15, 0, 0, 0, time.UTC)
	o := post.Outgoing{PostID: post.NewID(at), AttemptID: post.NewID(at)}
	k := bluesky.RecordKey(o)
	if k != bluesky.RecordKey(o) {
		t.Error("RecordKey differs for the same attempt")
	}
	if len(k) != 13 || !strings.Contains("234567abcdefghij", k[:1]) {
		t.Errorf("RecordKey %q is not a TID", k)
	}
	seen := map[string]bool{}
	for range 1000 {
		o.AttemptID = post.NewID(at)
		seen[bluesky.RecordKey(o)] = true
	}
	// About a million keys per millisecond: a collision among 1000 is
	// possible (Publish steps past a key holding another text), many are not.
	if len(seen) < 995 {
		t.Errorf("1000 attempts in one millisecond made %d keys", len(seen))
	}
	// Keys sort by time, like every TID.
	later := bluesky.RecordKey(post.Outgoing{AttemptID: post.NewID(at.Add(time.Second))})
	if later <= k {
		t.Errorf("key a second later %q sorts before %q", later, k)
	}
	// An attempt without a ULID falls back to the post's id.
	if got := bluesky.RecordKey(post.Outgoing{PostID: o.PostID, AttemptID: "manual"}); got != bluesky.RecordKey(post.Outgoing{PostID: o.PostID}) {
		t.Error("a non-ULID attempt does not fall back to the post's id")
	}
}

// TestSessionKeptAndRefreshed: a restarted channel reuses the stored
// session, an expired access token is refreshed (not a new sign-in), and a
// revoked app password is AuthExpired.
func TestSessionKeptAndRefreshed(t *testing.T) {
	fake := newFake(t)
	now := time.Now()
	fake.SetClock(func() time.Time { return now })
	secrets := &channeltest.Secrets{}
	sessionStored := func() string {
		b, err := secrets.LoadSecret(t.Context(), bluesky.SessionSecretName("bluesky-test"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	cfg := config(fake, &channeltest.LogBuffer{})
	cfg.Secrets = secrets
	if _, err := newChannel(t, cfg).Publish(t.Context(), outgoing("first")); err != nil {
		t.Fatal(err)
	}
	first := sessionStored()
	if first == "" {
		t.Fatal("no session stored")
	}
	// A restart: a new channel on the same store.
	c := newChannel(t, cfg)
	if _, err := c.Publish(t.Context(), outgoing("second")); err != nil {
		t.Fatal(err)
	}
	if n := fake.SessionsCreated(); n != 1 {
		t.Errorf("sessions created = %d after a restart, want 1 (the stored one reused)", n)
	}
	now = now.Add(3 * time.Hour) // past the access token's life
	if _, err := c.Publish(t.Context(), outgoing("third")); err != nil {
		t.Fatalf("Publish with an expired access token: %v", err)
	}
	if n := fake.SessionsCreated(); n != 1 {
		t.Errorf("sessions created = %d after the access token expired, want 1 (refreshed)", n)
	}
	if sessionStored() == first {
		t.Error("the refreshed session was not stored")
	}
	if n := len(fake.Accepted()); n != 3 {
		t.Errorf("posts = %d, want 3", n)
	}
	fake.ExpireToken()
	_, err := c.Publish(t.Context(), outgoing("fourth"))
	if channels.ClassOf(err) != channels.AuthExpired {
		t.Errorf("Publish with a revoked app password: %v, want auth_expired", err)
	}
}

func TestImages(t *testing.T) {
	img := channeltest.TestImage()
	big := img
	big.Data = append(bytes.Clone(img.Data), make([]byte, bluesky.MaxImageBytes)...)
	noAlt := img
	noAlt.AltText = " "
	tests := []struct {
		name  string
		media []post.MediaFile
		ok    bool
	}{
		{"one image", []post.MediaFile{img}, true},
		{"four images", []post.MediaFile{img, img, img, img}, true},
		{"five images", []post.MediaFile{img, img, img, img, img}, false},
		{"no alt text", []post.MediaFile{noAlt}, false},
		{"over 1,000,000 bytes", []post.MediaFile{big}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := newFake(t)
			c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
			o := outgoing("Our new waiting room.")
			o.Media = tc.media
			r, err := c.Publish(t.Context(), o)
			if !tc.ok {
				if channels.ClassOf(err) != channels.Permanent {
					t.Fatalf("Publish: %v, want permanent", err)
				}
				if n := len(fake.Accepted()); n != 0 {
					t.Errorf("posts = %d, want 0", n)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p := stored(t, fake, r.RemoteID)
			if p.Embed == nil || p.Embed.Type != "app.bsky.embed.images" || len(p.Embed.Images) != len(tc.media) {
				t.Fatalf("embed %+v, want %d images", p.Embed, len(tc.media))
			}
			im := p.Embed.Images[0]
			if im.Alt != img.AltText || im.Image.Type != "blob" || im.Image.MimeType != "image/png" || im.Image.Size != len(img.Data) ||
				!strings.HasPrefix(im.Image.Ref["$link"], "bafkrei") || im.AspectRatio.Width != 8 || im.AspectRatio.Height != 8 {
				t.Errorf("image %+v", im)
			}
		})
	}
}

func TestReplyRefs(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	root, err := c.Publish(t.Context(), outgoing("Flu shots on Saturday."))
	if err != nil {
		t.Fatal(err)
	}
	comment := fake.AddComment(root.RemoteID, post.Comment{Author: "Jane Roe", AuthorID: "9001", Text: "Until when?"})
	// The answer to a reply: root is the thread's first post.
	o := outgoing("Until 2 pm, Jane.")
	o.ReplyTo = comment.RemoteID
	r, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}
	p := stored(t, fake, r.RemoteID)
	if p.Reply == nil || p.Reply.Root.URI != root.RemoteID || p.Reply.Parent.URI != comment.RemoteID || p.Reply.Root.CID == "" || p.Reply.Parent.CID == "" {
		t.Errorf("reply %+v, want root %s and parent %s with cids", p.Reply, root.RemoteID, comment.RemoteID)
	}
	o = outgoing("Answer to nothing.")
	o.ReplyTo = "at://" + blueskyfake.DID + "/app.bsky.feed.post/3kabcdefghijk"
	if _, err := c.Publish(t.Context(), o); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("reply to a missing post: %v, want permanent", err)
	}
}

// TestNoAppView: without an app view engagement and comments are not
// available (none returned, no error), while publishing works.
func TestNoAppView(t *testing.T) {
	fake := newFake(t)
	cfg := config(fake, &channeltest.LogBuffer{})
	cfg.AppView = ""
	c := newChannel(t, cfg)
	r, err := c.Publish(t.Context(), outgoing("Hours change next week."))
	if err != nil {
		t.Fatal(err)
	}
	fake.SetMetrics(r.RemoteID, post.Metrics{Reactions: new(int64)})
	if m, err := c.Engagement(t.Context(), []string{r.RemoteID}); err != nil || len(m) != 0 {
		t.Errorf("Engagement = %v, %v; want none, no error", m, err)
	}
	if cs, err := c.Comments(t.Context(), r.RemoteID, time.Time{}); err != nil || len(cs) != 0 {
		t.Errorf("Comments = %v, %v; want none, no error", cs, err)
	}
}

func TestTooManyBytes(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	text := strings.Repeat("👨\u200d👩\u200d👧\u200d👦", 200) // 200 graphemes, 5,000 bytes
	_, err := c.Publish(t.Context(), outgoing(text))
	if channels.ClassOf(err) != channels.Permanent || !strings.Contains(err.Error(), "bytes") {
		t.Errorf("Publish of 5,000 bytes: %v, want permanent naming bytes", err)
	}
}

func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		name string
		o    bluesky.Options
		keys []string
	}{
		{"ok", bluesky.Options{Handle: "clinic.bsky.social", AppPassword: "abcd-efgh-ijkl-mnop"}, nil},
		{"nothing", bluesky.Options{}, []string{"handle", "app_password"}},
		{"account password", bluesky.Options{Handle: "clinic.bsky.social", AppPassword: "hunter2hunter2"}, []string{"app_password"}},
		{"handle with @", bluesky.Options{Handle: "@clinic.bsky.social", AppPassword: "abcd-efgh-ijkl-mnop"}, []string{"handle"}},
		{"bad servers", bluesky.Options{Handle: "clinic.example", AppPassword: "abcd-efgh-ijkl-mnop", PDS: "bsky.social", AppView: "ftp://x"}, []string{"pds", "app_view"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var keys []string
			for _, p := range tc.o.Check() {
				keys = append(keys, p.Key)
				if strings.Contains(p.Message, "hunter2") {
					t.Errorf("problem shows the password: %s", p.Message)
				}
			}
			if strings.Join(keys, ",") != strings.Join(tc.keys, ",") {
				t.Errorf("problems on %v, want %v", keys, tc.keys)
			}
		})
	}
}

// TestCreateAnswerNamingAnotherRecord: a PDS (hostile, or a proxy in
// front of it) answers the create with the address of a record other than
// the one the attempt asked for. The receipt must not keep that address:
// the takedown check, the engagement and a deletion would all follow it to
// another post.
func TestCreateAnswerNamingAnotherRecord(t *testing.T) {
	fake := newFake(t)
	c := newChannel(t, rewritingURIs(t, fake, "createRecord"))
	o := outgoing("Pharmacy hours change on Monday.")
	r, err := c.Publish(t.Context(), o)
	want := "at://" + blueskyfake.DID + "/app.bsky.feed.post/" + bluesky.RecordKey(o)
	switch {
	case err != nil && channels.ClassOf(err) != channels.OutcomeUnknown:
		t.Fatalf("Publish: %v, want the attempt's post or outcome_unknown", err)
	case err == nil && r.RemoteID != want:
		t.Fatalf("receipt %q, want the attempt's own record %q, not the address the answer named", r.RemoteID, want)
	}
}

// TestReadBackNamingAnotherRecord: the retry of an attempt whose answer
// was lost reads its record key back, and the PDS answers with a record
// of another key (same text). The retry must not report that other post
// as the attempt's.
func TestReadBackNamingAnotherRecord(t *testing.T) {
	fake := newFake(t)
	plain := newChannel(t, config(fake, &channeltest.LogBuffer{}))
	o := outgoing("Pharmacy hours change on Tuesday.")
	fake.LoseResponses(1)
	if _, err := plain.Publish(t.Context(), o); channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Fatalf("first Publish: %v, want outcome_unknown", err)
	}
	fake.LoseResponses(0)
	c := newChannel(t, rewritingURIs(t, fake, "getRecord"))
	r, err := c.Publish(t.Context(), o)
	if err == nil {
		if want := "at://" + blueskyfake.DID + "/app.bsky.feed.post/" + bluesky.RecordKey(o); r.RemoteID != want {
			t.Fatalf("retry's receipt %q, want the attempt's own record %q", r.RemoteID, want)
		}
	}
	if n := len(fake.Accepted()); n != 1 {
		t.Errorf("%d posts, want 1", n)
	}
}

// rewritingURIs is a config whose PDS is fake behind a proxy that
// answers method (an XRPC name's last part) with the uri of another
// record.
func rewritingURIs(t *testing.T, fake *blueskyfake.Server, method string) bluesky.Config {
	t.Helper()
	other := "at://" + blueskyfake.DID + "/app.bsky.feed.post/3kzzzzzzzzz22"
	target, err := url.Parse(fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ModifyResponse = func(r *http.Response) error {
		if !strings.HasSuffix(r.Request.URL.Path, "."+method) || r.StatusCode != http.StatusOK {
			return nil
		}
		var a map[string]any
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			return err
		}
		a["uri"] = other
		b, _ := json.Marshal(a)
		r.Body = io.NopCloser(bytes.NewReader(b))
		r.ContentLength = int64(len(b))
		r.Header.Set("Content-Length", strconv.Itoa(len(b)))
		return nil
	}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	cfg := config(fake, &channeltest.LogBuffer{})
	cfg.PDS = srv.URL
	return cfg
}
