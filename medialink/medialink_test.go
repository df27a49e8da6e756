package medialink_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/medialink"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

var t0 = time.Date(2027, 3, 1, 15, 0, 0, 0, time.UTC)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type env struct {
	db     *store.DB
	clk    *clock
	signer *medialink.Signer
	opener *medialink.Opener
	img    post.Media
	other  post.Media // stored, on no post
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	clk := &clock{t: t0}
	db, err := store.Open(ctx, t.TempDir(), store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	key, err := db.DeriveKey(medialink.KeyPurpose)
	if err != nil {
		t.Fatal(err)
	}
	s, err := medialink.NewSigner(key, "https://clinic.example/pp/", 0, clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{db: db, clk: clk, signer: s,
		opener: &medialink.Opener{Signer: s, Store: db, Needs: func(ch string) bool { return ch == "gbp" || ch == "gbp2" }}}
	if e.img, err = db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(6, 6, 0)), post.Media{Name: "flu.png", ContentType: "image/png"}); err != nil {
		t.Fatal(err)
	}
	if e.other, err = db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(7, 5, 0)), post.Media{Name: "other.png", ContentType: "image/png"}); err != nil {
		t.Fatal(err)
	}
	return e
}

// addPost stores a post with the image on the given channels, in status
// st with every delivery in state ds.
func (e *env) addPost(t *testing.T, st post.Status, ds post.DeliveryState, chans ...string) *post.Post {
	t.Helper()
	p := &post.Post{ID: post.NewID(e.clk.Now()), Body: "Flu shots this week.", Channels: chans, Status: st,
		Media: []post.Media{e.img}, Schedule: post.Schedule{At: e.clk.Now()}, Deliveries: map[string]*post.Delivery{}}
	for _, c := range chans {
		p.Deliveries[c] = &post.Delivery{Channel: c, State: ds, DueAt: e.clk.Now()}
	}
	if err := e.db.Update(context.Background(), func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	return p
}

func (e *env) link(t *testing.T, p *post.Post, channel string, m post.Media) string {
	t.Helper()
	u, err := e.signer.PublicURL(context.Background(), post.Outgoing{PostID: p.ID, Channel: channel},
		post.MediaFile{Hash: m.Hash, Name: m.Name, ContentType: m.ContentType})
	if err != nil {
		t.Fatal(err)
	}
	tok, ok := strings.CutPrefix(u, "https://clinic.example/pp"+medialink.PathPrefix)
	if !ok || strings.ContainsAny(tok, "/?#") {
		t.Fatalf("link %q is not under the public base address", u)
	}
	return tok
}

// A valid link opens the image it names, with its type.
func TestOpenServesTheImage(t *testing.T) {
	e := newEnv(t)
	for _, ds := range []post.DeliveryState{post.DeliveryPublishing, post.DeliveryModeration} {
		p := e.addPost(t, post.StatusPublishing, ds, "gbp")
		f, err := e.opener.Open(context.Background(), e.link(t, p, "gbp", e.img))
		if err != nil {
			t.Fatalf("delivery %s: %v", ds, err)
		}
		want, _ := e.db.ReadMedia(e.img.Hash)
		if f.ContentType != "image/png" || !bytes.Equal(f.Data, want) {
			t.Errorf("delivery %s: opened %s, %d bytes; want image/png, %d bytes", ds, f.ContentType, len(f.Data), len(want))
		}
	}
}

// Everything else opens nothing, and says why in the error (for the log).
func TestOpenRefuses(t *testing.T) {
	e := newEnv(t)
	live := e.addPost(t, post.StatusPublishing, post.DeliveryPublishing, "gbp", "x")
	good := e.link(t, live, "gbp", e.img)
	raw, _ := base64.RawURLEncoding.DecodeString(good)
	flip := func(i int) string {
		b := append([]byte(nil), raw...)
		b[i] ^= 1
		return base64.RawURLEncoding.EncodeToString(b)
	}
	otherKey, _ := medialink.NewSigner(bytes.Repeat([]byte{7}, 32), "https://clinic.example/pp", 0, e.clk.Now)
	forged, _ := otherKey.PublicURL(context.Background(), post.Outgoing{PostID: live.ID, Channel: "gbp"}, post.MediaFile{Hash: e.img.Hash})
	forged = forged[strings.LastIndex(forged, "/")+1:]

	cases := []struct {
		name  string
		token func(t *testing.T) string
		why   string
	}{
		{"empty", func(t *testing.T) string { return "" }, "malformed"},
		{"not base64", func(t *testing.T) string { return "../../etc/passwd" }, "malformed"},
		{"too long", func(t *testing.T) string { return strings.Repeat("A", 300) }, "characters long"},
		{"signed with another key", func(t *testing.T) string { return forged }, "signature"},
		{"expiry changed", func(t *testing.T) string { return flip(3) }, "signature"},
		{"image hash changed", func(t *testing.T) string { return flip(20) }, "signature"},
		{"channel changed", func(t *testing.T) string { return flip(len(raw) - 33) }, "signature"},
		{"signature changed", func(t *testing.T) string { return flip(len(raw) - 1) }, "signature"},
		{"cut short", func(t *testing.T) string { return good[:len(good)-4] }, ""},
		{"a channel that fetches no images", func(t *testing.T) string { return e.link(t, live, "x", e.img) }, "does not fetch"},
		{"another image of the store", func(t *testing.T) string { return e.link(t, live, "gbp", e.other) }, "no such image"},
		{"a channel the post does not go to", func(t *testing.T) string { return e.link(t, live, "gbp2", e.img) }, "does not go to"},
		{"post not yet approved", func(t *testing.T) string {
			return e.link(t, e.addPost(t, post.StatusNeedsReview, post.DeliveryPending, "gbp"), "gbp", e.img)
		}, "not being published"},
		{"post published", func(t *testing.T) string {
			return e.link(t, e.addPost(t, post.StatusPublished, post.DeliveryPublished, "gbp"), "gbp", e.img)
		}, "not being published"},
		{"scheduled, not yet claimed", func(t *testing.T) string {
			return e.link(t, e.addPost(t, post.StatusScheduled, post.DeliveryPending, "gbp"), "gbp", e.img)
		}, "pending on gbp"},
		{"delivery published, post still publishing", func(t *testing.T) string {
			return e.link(t, e.addPost(t, post.StatusPublishing, post.DeliveryPublished, "gbp"), "gbp", e.img)
		}, "published on gbp"},
		{"post gone", func(t *testing.T) string {
			return e.link(t, &post.Post{ID: post.NewID(e.clk.Now())}, "gbp", e.img)
		}, "gone"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, err := e.opener.Open(context.Background(), tc.token(t))
			if !medialink.Refused(err) || !strings.Contains(err.Error(), tc.why) {
				t.Fatalf("got %v (%d bytes), want a refusal saying %q", err, len(f.Data), tc.why)
			}
			// A token practicepost never made is EInvalid (logged
			// below info), a link it signed and refuses ENotFound.
			want := post.ENotFound
			if tc.why == "" || tc.why == "malformed" || tc.why == "characters long" || tc.why == "signature" {
				want = post.EInvalid
			}
			if code := post.ErrorCode(err); code != want {
				t.Errorf("code %q, want %q", code, want)
			}
		})
	}
	// The good link still works; once it expires it does not, and a new
	// one does.
	if _, err := e.opener.Open(context.Background(), good); err != nil {
		t.Fatalf("the untouched link: %v", err)
	}
	e.clk.Add(medialink.DefaultTTL)
	if _, err := e.opener.Open(context.Background(), good); !medialink.Refused(err) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("after %s: %v, want expired", medialink.DefaultTTL, err)
	}
	if _, err := e.opener.Open(context.Background(), e.link(t, live, "gbp", e.img)); err != nil {
		t.Fatalf("a new link: %v", err)
	}
}

// The image missing from the data folder is a refusal (404), not a crash.
func TestOpenMissingFile(t *testing.T) {
	e := newEnv(t)
	p := e.addPost(t, post.StatusPublishing, post.DeliveryPublishing, "gbp")
	if err := os.Remove(e.db.MediaPath(e.img.Hash)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.opener.Open(context.Background(), e.link(t, p, "gbp", e.img)); !medialink.Refused(err) {
		t.Fatalf("got %v, want a refusal", err)
	}
}

func TestNewSignerChecks(t *testing.T) {
	key := bytes.Repeat([]byte{1}, 32)
	for _, tc := range []struct {
		name string
		key  []byte
		base string
		ttl  time.Duration
	}{
		{"short key", key[:16], "https://clinic.example", 0},
		{"relative base", key, "/pp", 0},
		{"base with a query", key, "https://clinic.example/?a=1", 0},
		{"ftp", key, "ftp://clinic.example", 0},
		{"negative life", key, "https://clinic.example", -time.Minute},
		{"two hours", key, "https://clinic.example", 2 * time.Hour},
	} {
		if _, err := medialink.NewSigner(tc.key, tc.base, tc.ttl, nil); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
	s, err := medialink.NewSigner(key, "https://clinic.example", 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		o    post.Outgoing
		m    post.MediaFile
	}{
		{"no hash", post.Outgoing{PostID: post.NewID(t0), Channel: "gbp"}, post.MediaFile{}},
		{"upper-case hash", post.Outgoing{PostID: post.NewID(t0), Channel: "gbp"}, post.MediaFile{Hash: strings.Repeat("AB", 32)}},
		{"no post", post.Outgoing{Channel: "gbp"}, post.MediaFile{Hash: strings.Repeat("ab", 32)}},
		{"no channel", post.Outgoing{PostID: post.NewID(t0)}, post.MediaFile{Hash: strings.Repeat("ab", 32)}},
	} {
		if u, err := s.PublicURL(context.Background(), tc.o, tc.m); err == nil {
			t.Errorf("%s: signed %s", tc.name, u)
		}
	}
}

// A channel whose kind converts images for its network (Instagram's
// PublicImage) is served the conversion; another is served the stored
// image; a conversion that fails opens nothing and is not a refusal (the
// image is there, the server could not make it).
func TestOpenServesTheKindsConversion(t *testing.T) {
	e := newEnv(t)
	e.opener.Needs = func(string) bool { return true }
	e.opener.Serve = func(ch string) func(string, []byte) (string, []byte, error) {
		switch ch {
		case "ig":
			return func(ct string, data []byte) (string, []byte, error) {
				return "image/jpeg", append([]byte("converted from "+ct+":"), data[:4]...), nil
			}
		case "bad":
			return func(string, []byte) (string, []byte, error) { return "", nil, errors.New("cannot decode") }
		}
		return nil
	}
	p := e.addPost(t, post.StatusPublishing, post.DeliveryPublishing, "ig", "gbp", "bad")
	stored, _ := e.db.ReadMedia(e.img.Hash)
	f, err := e.opener.Open(context.Background(), e.link(t, p, "ig", e.img))
	if err != nil || f.ContentType != "image/jpeg" || string(f.Data) != "converted from image/png:"+string(stored[:4]) {
		t.Fatalf("ig: %s %q, %v; want the conversion", f.ContentType, f.Data, err)
	}
	f, err = e.opener.Open(context.Background(), e.link(t, p, "gbp", e.img))
	if err != nil || f.ContentType != "image/png" || !bytes.Equal(f.Data, stored) {
		t.Fatalf("gbp: %s, %d bytes, %v; want the stored image", f.ContentType, len(f.Data), err)
	}
	if _, err := e.opener.Open(context.Background(), e.link(t, p, "bad", e.img)); err == nil || medialink.Refused(err) {
		t.Fatalf("a failed conversion: %v, want an error that is not a refusal", err)
	}
}
