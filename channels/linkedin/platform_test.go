package linkedin_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/post"
)

func TestReservedCharactersSurvive(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	c := newChannel(t, fake.URL(), &logBuffer{})
	texts := []string{
		"Flu shots (walk-ins welcome) #FluSeason",
		`Call us @ 555-0100 | Mon-Fri <9-5> [no appointment] {free} *today* _only_ ~30 min \ backslash`,
		"Vaccines 💉 (ages 6+) — ask at the front desk",
	}
	for _, text := range texts {
		r, err := c.Publish(t.Context(), post.Outgoing{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range fake.Accepted() {
			if a.RemoteID == r.RemoteID {
				found = true
				if a.Text != text {
					t.Errorf("LinkedIn shows %q, sent %q", a.Text, text)
				}
			}
		}
		if !found {
			t.Errorf("fake has no post %s", r.RemoteID)
		}
	}
	recent, err := c.Recent(t.Context(), time.Now().Add(-time.Minute))
	if err != nil || len(recent) != len(texts) {
		t.Fatalf("Recent = %d receipts, %v", len(recent), err)
	}
	if recent[len(recent)-1].Text != texts[0] {
		t.Errorf("Recent text %q, want the unescaped %q", recent[len(recent)-1].Text, texts[0])
	}
}

// TestFakeCutsUnescapedText shows the fake behaves as LinkedIn does for a
// client that forgets to escape: 201, and the text cut short.
func TestFakeCutsUnescapedText(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	cases := []struct{ commentary, shown string }{
		{"Flu shots (walk-ins welcome)", "Flu shots "},
		{`Flu shots \(walk-ins welcome\)`, "Flu shots (walk-ins welcome)"},
		{"Open today #health", "Open today "},
		{`Price: 5\*`, "Price: 5*"},
		{"plain text", "plain text"},
	}
	for i, tc := range cases {
		body, _ := json.Marshal(map[string]any{
			"author": lifake.OrgURN, "commentary": tc.commentary, "visibility": "PUBLIC", "lifecycleState": "PUBLISHED",
			"distribution":              map[string]any{"feedDistribution": "MAIN_FEED", "targetEntities": []string{}, "thirdPartyDistributionChannels": []string{}},
			"isReshareDisabledByAuthor": false,
		})
		req, _ := http.NewRequest(http.MethodPost, fake.URL()+"/rest/posts", bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+lifake.AccessToken)
		req.Header.Set("LinkedIn-Version", "202609")
		req.Header.Set("X-Restli-Protocol-Version", "2.0.0")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated || !strings.HasPrefix(resp.Header.Get("X-Restli-Id"), "urn:li:share:") {
			t.Fatalf("%q: status %d id %q", tc.commentary, resp.StatusCode, resp.Header.Get("X-Restli-Id"))
		}
		if got := fake.Accepted()[i].Text; got != tc.shown {
			t.Errorf("%q is shown as %q, want %q", tc.commentary, got, tc.shown)
		}
	}
}

func TestRetiredVersion(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: fake.URL(), OrganizationID: lifake.OrganizationID, AccessToken: lifake.AccessToken, APIVersion: "202401"})
	if err != nil {
		t.Fatal(err)
	}
	if c.VersionWarning() == "" {
		t.Error("no warning for a version over two years old")
	}
	_, err = c.Publish(t.Context(), post.Outgoing{Text: "hello"})
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Permanent || ce.Status != 426 ||
		ce.Reason != "LinkedIn retired API version 202401; set api_version to a current YYYYMM" {
		t.Fatalf("got %v, want a permanent 426 naming the version", err)
	}
	if _, err := c.Verify(t.Context()); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("Verify with a retired version: %v", err)
	}
}

func TestContentShapes(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	c := newChannel(t, fake.URL(), &logBuffer{})
	ctx := t.Context()
	if _, err := c.Publish(ctx, post.Outgoing{Text: "Read our flu guide\nMore inside", Link: "https://clinic.example/flu"}); err != nil {
		t.Fatal(err)
	}
	img := channeltest.TestImage()
	if _, err := c.Publish(ctx, post.Outgoing{Text: "Our new wing", Media: []post.MediaFile{img, img, img}}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Publish(ctx, post.Outgoing{Text: "One photo and a link", Link: "https://clinic.example/wing", Media: []post.MediaFile{img}}); err != nil {
		t.Fatal(err)
	}
	bodies := fake.CreateBodies()
	if len(bodies) != 3 {
		t.Fatalf("%d create bodies", len(bodies))
	}
	var b [3]struct {
		Author       string `json:"author"`
		Visibility   string `json:"visibility"`
		Distribution struct {
			FeedDistribution string `json:"feedDistribution"`
		} `json:"distribution"`
		LifecycleState string `json:"lifecycleState"`
		Content        struct {
			Article *struct {
				Source, Title string
			} `json:"article"`
			Media *struct {
				ID, AltText string
			} `json:"media"`
			MultiImage *struct {
				Images []struct{ ID string } `json:"images"`
			} `json:"multiImage"`
		} `json:"content"`
	}
	for i := range bodies {
		if err := json.Unmarshal(bodies[i], &b[i]); err != nil {
			t.Fatal(err)
		}
		if b[i].Author != lifake.OrgURN || b[i].Visibility != "PUBLIC" || b[i].LifecycleState != "PUBLISHED" || b[i].Distribution.FeedDistribution != "MAIN_FEED" {
			t.Errorf("body %d: %s", i, bodies[i])
		}
	}
	if a := b[0].Content.Article; a == nil || a.Source != "https://clinic.example/flu" || a.Title != "Read our flu guide" {
		t.Errorf("link post content: %s", bodies[0])
	}
	if m := b[1].Content.MultiImage; m == nil || len(m.Images) != 3 {
		t.Errorf("three-image post content: %s", bodies[1])
	}
	if m := b[2].Content.Media; m == nil || b[2].Content.Article != nil || m.AltText != img.AltText {
		t.Errorf("image+link post content: %s", bodies[2])
	}
	acc := fake.Accepted()
	if acc[1].MediaCount != 3 || acc[2].MediaCount != 1 || acc[0].Link != "https://clinic.example/flu" {
		t.Errorf("accepted %+v", acc)
	}
}

func TestNonAdminToken(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	admin := newChannel(t, fake.URL(), &logBuffer{})
	r, err := admin.Publish(t.Context(), post.Outgoing{Text: "posted by the admin"})
	if err != nil {
		t.Fatal(err)
	}
	fake.SetMetrics(r.RemoteID, post.Metrics{Impressions: ptr(40), Reactions: ptr(3)})
	member, err := linkedin.New(linkedin.Config{ID: "li", APIBase: fake.URL(), OrganizationID: lifake.OrganizationID, AccessToken: lifake.MemberToken, APIVersion: "202609"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := member.Publish(t.Context(), post.Outgoing{Text: "not allowed"}); channels.ClassOf(err) != channels.AuthExpired {
		t.Errorf("non-admin publish: %v, want auth_expired", err)
	}
	// Statistics need an admin: without them the figures are nil, the
	// social actions still count.
	ms, err := member.Engagement(t.Context(), []string{r.RemoteID, "urn:li:share:1"})
	if err != nil || len(ms) != 1 {
		t.Fatalf("Engagement = %+v, %v", ms, err)
	}
	if ms[0].Reactions == nil || *ms[0].Reactions != 3 || ms[0].Impressions != nil || ms[0].Clicks != nil || ms[0].Shares != nil {
		t.Errorf("member engagement %+v", ms[0])
	}
}

func TestVerifyTokenExpiry(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		expires time.Time
		want    channels.Class
	}{
		{now.Add(30 * 24 * time.Hour), 0},
		{now.Add(-time.Hour), channels.AuthExpired},
	} {
		c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: fake.URL(), OrganizationID: lifake.OrganizationID, AccessToken: lifake.AccessToken,
			APIVersion: "202609", TokenExpires: tc.expires, Now: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		acct, err := c.Verify(t.Context())
		if tc.want == 0 {
			if err != nil || !acct.TokenExpires.Equal(tc.expires) || acct.ID != lifake.OrganizationID || acct.URL != fake.Account().URL {
				t.Errorf("Verify = %+v, %v", acct, err)
			}
		} else if channels.ClassOf(err) != tc.want {
			t.Errorf("Verify with an expired token: %v", err)
		}
	}
}

func TestOAuth(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	o := linkedin.OAuth{Base: fake.URL(), ClientID: lifake.ClientID, ClientSecret: lifake.ClientSecret, RedirectURI: lifake.RedirectURI, Now: func() time.Time { return now }}
	tok, err := o.Exchange(t.Context(), lifake.AuthCode)
	if err != nil {
		t.Fatal(err)
	}
	if tok.AccessToken != lifake.AccessToken || !tok.Expires.Equal(now.Add(60*24*time.Hour)) || !tok.RefreshExpires.Equal(now.Add(365*24*time.Hour)) {
		t.Errorf("Exchange = %+v", tok)
	}
	ref, err := o.Refresh(t.Context(), tok.RefreshToken)
	if err != nil || ref.RefreshToken != lifake.RefreshToken || !ref.Expires.Equal(now.Add(60*24*time.Hour)) || !ref.RefreshExpires.Before(tok.RefreshExpires) {
		t.Errorf("Refresh = %+v, %v", ref, err)
	}
	if _, err := o.Exchange(t.Context(), "wrong-code"); err == nil {
		t.Error("a wrong code was accepted")
	}
	bad := o
	bad.ClientSecret = "not-the-secret"
	_, err = bad.Refresh(t.Context(), lifake.RefreshToken)
	if err == nil || strings.Contains(err.Error(), "not-the-secret") || strings.Contains(err.Error(), lifake.RefreshToken) {
		t.Errorf("wrong secret: %v", err)
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	good := linkedin.Config{ID: "li", OrganizationID: "1", AccessToken: "t", APIVersion: "202609"}
	if _, err := linkedin.New(good); err != nil {
		t.Fatalf("good config: %v", err)
	}
	for name, mutate := range map[string]func(*linkedin.Config){
		"no id":           func(c *linkedin.Config) { c.ID = "" },
		"org urn":         func(c *linkedin.Config) { c.OrganizationID = "urn:li:organization:1" },
		"no token":        func(c *linkedin.Config) { c.AccessToken = "" },
		"no version":      func(c *linkedin.Config) { c.APIVersion = "" },
		"dashed version":  func(c *linkedin.Config) { c.APIVersion = "2026-09" },
		"bad month":       func(c *linkedin.Config) { c.APIVersion = "202613" },
		"base not an url": func(c *linkedin.Config) { c.APIBase = "api.linkedin.com" },
	} {
		cfg := good
		mutate(&cfg)
		if _, err := linkedin.New(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestUnreachableKeepsTokenOut(t *testing.T) {
	logs := &logBuffer{}
	c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: "http://127.0.0.1:1", OrganizationID: "1", AccessToken: "AQVsecretTOKEN", APIVersion: "202609",
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	if err != nil {
		t.Fatal(err)
	}
	_, perr := c.Publish(t.Context(), post.Outgoing{Text: "x"})
	_, rerr := c.Recent(t.Context(), time.Now())
	for _, err := range []error{perr, rerr} {
		if channels.ClassOf(err) != channels.Retryable || strings.Contains(err.Error(), "AQVsecretTOKEN") {
			t.Errorf("unreachable: %v, want retryable without the token", err)
		}
	}
	if strings.Contains(logs.String(), "AQVsecretTOKEN") {
		t.Error("logs leak the token")
	}
}

func ptr(n int64) *int64 { return &n }
