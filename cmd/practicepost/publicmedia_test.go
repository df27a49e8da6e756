package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// The daemon end to end: a photo post to a Google channel goes out with a
// signed link under [web] public_base_url, which Google (the fake) fetches
// from the daemon's own web server while the post is being published; once
// it is published the same link opens nothing. A public_base_url with a
// path ("https://clinic.example/pp", a proxy passing /pp/ on unchanged) is
// answered under that path as well.
func TestGooglePhotoThroughASignedLink(t *testing.T) {
	for _, basePath := range []string{"", "/pp"} {
		t.Run("base path "+basePath, func(t *testing.T) { googlePhotoThroughASignedLink(t, basePath) })
	}
}

func googlePhotoThroughASignedLink(t *testing.T, basePath string) {
	ctx := context.Background()
	fake := gbpfake.New()
	defer fake.Close()
	// The public address must be known before the daemon listens on it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cfgText := testPracticeTOML + fmt.Sprintf(`[web]
listen = %q
public_base_url = "http://%s%s"
public_link_minutes = 5

[[channels]]
id = "gbp"
kind = "google"
api_base = %q
account_id = %q
location_id = %q
client_id = %q
client_secret = %q
refresh_token = %q
`, addr, addr, basePath, fake.URL(), gbpfake.AccountID, gbpfake.LocationID, gbpfake.ClientID, gbpfake.ClientSecret, gbpfake.RefreshToken)
	cfg, err := config.Parse([]byte(cfgText), "config.toml", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	m := &Main{Config: cfg, Logger: discardLogger()}
	runCtx, cancel := context.WithCancel(ctx)
	if err := m.Open(runCtx); err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- m.Run(runCtx) }()
	defer func() {
		cancel()
		<-done
		m.Close()
	}()

	img, err := m.DB.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(12, 9, 0)), post.Media{Name: "room.png", ContentType: "image/png", AltText: "Our waiting room"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := m.Calendar.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: "Our new waiting room is open.",
		Channels: []string{"gbp"}, At: time.Now(), Media: []post.Media{img}})
	if err != nil {
		t.Fatal(err)
	}
	var d *post.Delivery
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if err := m.DB.View(ctx, func(tx store.Tx) error {
			q, err := tx.Post(p.ID)
			if err == nil {
				d = q.Deliveries["gbp"]
			}
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if d.Done() {
			break
		}
	}
	if d.State != post.DeliveryPublished {
		t.Fatalf("delivery %s (%q)", d.State, d.LastError)
	}
	accepted, fetched := fake.Accepted(), fake.Fetched()
	if len(accepted) != 1 || accepted[0].MediaCount != 1 || len(fetched) != 1 || !strings.HasPrefix(fetched[0], "http://"+addr+basePath+"/media/signed/") {
		t.Fatalf("Google holds %+v and fetched %q", accepted, fetched)
	}
	resp, err := http.Get(fetched[0])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("the link of a published post answers %d, want 404", resp.StatusCode)
	}
}
