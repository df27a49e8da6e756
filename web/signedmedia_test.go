package web

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/medialink"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// A signed image link opens the image without a session, uncached, with
// its type; anything else under /media/signed/ is the same bare 404, and
// a server without public links answers 404 to every link.
func TestSignedMediaLinks(t *testing.T) {
	ctx := context.Background()
	e := newTestEnv(t, storeOpts())
	img, err := e.db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(5, 5, 0)), post.Media{Name: "room.png", ContentType: "image/png"})
	if err != nil {
		t.Fatal(err)
	}
	p := &post.Post{ID: post.NewID(e.db.Now()), Body: "Our new waiting room.", Channels: []string{"gbp"}, Status: post.StatusPublishing,
		Media: []post.Media{img}, Deliveries: map[string]*post.Delivery{"gbp": {Channel: "gbp", State: post.DeliveryPublishing}}}
	if err := e.db.Update(ctx, func(tx store.Tx) error {
		return tx.InsertPost(p, store.Audit{Actor: "test", Action: "post.create"})
	}); err != nil {
		t.Fatal(err)
	}
	key, err := e.db.DeriveKey(medialink.KeyPurpose)
	if err != nil {
		t.Fatal(err)
	}
	const base = "https://posts.clinic.example"
	signer, err := medialink.NewSigner(key, base, 0, e.db.Now)
	if err != nil {
		t.Fatal(err)
	}
	link, err := signer.PublicURL(ctx, post.Outgoing{PostID: p.ID, Channel: "gbp"}, post.MediaFile{Hash: img.Hash})
	if err != nil {
		t.Fatal(err)
	}
	path := strings.TrimPrefix(link, base)
	// The same server with public links: the test env's has none.
	opt := e.srv.opt
	opt.SignedMedia = &medialink.Opener{Signer: signer, Store: e.db, Needs: func(ch string) bool { return ch == "gbp" }}
	logs := &syncBuffer{}
	opt.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	srv, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	withLinks := &testEnv{t: t, db: e.db, cal: e.cal, srv: srv, ts: httptest.NewServer(srv.Handler())}
	t.Cleanup(withLinks.ts.Close)
	want, _ := e.db.ReadMedia(img.Hash)

	resp := withLinks.do(http.MethodGet, path, "", nil)
	if got := readBody(t, resp); resp.StatusCode != http.StatusOK || got != string(want) ||
		resp.Header.Get("Content-Type") != "image/png" || resp.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("the link: %d %q, Content-Type %q, Cache-Control %q, %d bytes (want %d)", resp.StatusCode, resp.Status,
			resp.Header.Get("Content-Type"), resp.Header.Get("Cache-Control"), len(got), len(want))
	}
	staff, _ := e.session("sam")
	for _, tc := range []struct{ name, path, token string }{
		{"the folder", "/media/signed/", ""},
		{"the folder without its slash", "/media/signed", ""},
		{"a made-up token", "/media/signed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ""},
		{"the link with a path below it", path + "/x", ""},
		{"another image's hash through the link's token", "/media/signed/" + img.Hash, ""},
		{"a made-up token, signed in", "/media/signed/abc", staff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := withLinks.do(http.MethodGet, tc.path, tc.token, nil)
			body := readBody(t, resp)
			if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusSeeOther {
				t.Errorf("%s: %d %q", tc.path, resp.StatusCode, body)
			}
			if strings.Contains(body, string(want[:8])) || strings.Contains(body, p.ID) {
				t.Errorf("%s: the answer shows the image or the post", tc.path)
			}
		})
	}
	// The address is on the internet: tokens practicepost never made
	// (every scanner's guesses above) leave nothing at info level, or
	// anyone could fill the log; a link practicepost signed and now
	// refuses (a fetch that came too late, say) is what a person needs to
	// see when Google could not fetch a photo.
	if got := logs.String(); strings.Contains(got, "signed image link") {
		t.Errorf("made-up tokens were logged at info level:\n%s", got)
	}
	other, err := signer.PublicURL(ctx, post.Outgoing{PostID: p.ID, Channel: "x"}, post.MediaFile{Hash: img.Hash})
	if err != nil {
		t.Fatal(err)
	}
	if resp := withLinks.do(http.MethodGet, strings.TrimPrefix(other, base), "", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("a signed link for a channel that fetches no images answers %d", resp.StatusCode)
	}
	if got := logs.String(); !strings.Contains(got, "signed image link refused") || !strings.Contains(got, "does not fetch") {
		t.Errorf("a signed link refused is not logged at info level:\n%s", got)
	}
	if resp := e.do(http.MethodGet, path, "", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("without public links the link answers %d", resp.StatusCode)
	}
}
