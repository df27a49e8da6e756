package crashtest

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/instagram/igfake"
	"github.com/practicepost/practicepost/compliance"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// igPosts is how many Instagram posts the test publishes: under the 50 a
// day Instagram takes through the API. Every third is a carousel of three.
const igPosts = 30

// TestKillNineInstagramPhotosAndCarousels: photo posts and carousels,
// stored as PNG and JPEG, go to the Instagram fake exactly once across
// SIGKILLs, through the daemon's own signed links (the fake fetches them
// from its web server), with a tenth of the publish answers lost; every
// image Instagram fetched is a JPEG without metadata.
func TestKillNineInstagramPhotosAndCarousels(t *testing.T) {
	if testing.Short() {
		t.Skip("the Instagram crash test takes about a minute")
	}
	ctx := context.Background()
	igf := igfake.New()
	defer igf.Close()
	igf.LoseResponses(0.1)

	dir := t.TempDir()
	// The public address must be known before the daemon listens on it.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cfg := fmt.Sprintf(`[practice]
name = "Riverside Family Clinic"
timezone = "America/Chicago"
state = "IL"
domains = ["clinic.example"]

[store]
dir = "data"

[web]
listen = %q
public_base_url = "http://%s"

[scheduler]
reconcile_settle = "5s"

[[channels]]
id = "ig"
kind = "instagram"
api_base = %q
page_id = %q
ig_user_id = %q
access_token = %q
graph_version = "v25.0"
`, addr, addr, igf.URL(), igfake.PageID, igfake.IGUserID, igfake.PageToken)
	cfgPath := filepath.Join(dir, "config.toml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	logf := createLog(t, filepath.Join(dir, "daemon.log"))
	d := &daemon{t: t, bin: buildBinary(t), config: cfgPath, log: logf}
	first := time.Now().Add(5 * time.Second).Truncate(time.Second)
	seedInstagram(t, ctx, filepath.Join(dir, "data"), first)

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	// The kills fall while the posts go out (one to two seconds each),
	// far enough apart that a restarted daemon gets past its 5 s settle
	// window: three interrupted attempts of one post hold it for a person
	// by design, which is not what this test is about.
	// A restarted daemon retries the interrupted post first, right after
	// its settle window, so kills 5-9 s apart kept landing on the same
	// post: CI once held one after its third. A kill that would interrupt
	// a post for the third time waits for that call to end instead.
	interrupted := map[string]int{}
	for i := range 6 {
		p := start(d)
		time.Sleep(time.Duration(5000+rng.IntN(4000)) * time.Millisecond)
		victim := inFlight(t, d.log.Name())
		for wait := 0; wait < 40 && victim != "" && interrupted[victim] >= crashLimit-1; wait++ {
			time.Sleep(250 * time.Millisecond)
			victim = inFlight(t, d.log.Name())
		}
		p.kill()
		if victim != "" {
			interrupted[victim]++
		}
		t.Logf("kill %d: the fake holds %d posts, %d containers; %q was in flight", i+1, len(igf.Accepted()), igf.Containers(), victim)
	}
	d.drain(ctx, first.Add(30*time.Second))
	t.Logf("the fake dropped %d publish answers", igf.Lost())
	verify(t, ctx, openBolt(t, ctx, filepath.Join(dir, "data")), igPosts, map[string]channeltest.Fake{"ig": igf},
		map[string]func(string) bool{"ig": igf.LostCaption}, nil)

	carousels := 0
	for _, a := range igf.Accepted() {
		want := 1
		if a.Text[len(a.Text)-1] == 'C' {
			want, carousels = 3, carousels+1
		}
		if a.MediaCount != want {
			t.Errorf("%q went out with %d images, want %d", a.Text, a.MediaCount, want)
		}
	}
	if carousels == 0 {
		t.Error("no carousel went out")
	}
	for i, b := range igf.Fetched() {
		if !bytes.HasPrefix(b, []byte{0xFF, 0xD8}) {
			t.Fatalf("fetched image %d is not a JPEG", i)
		}
		for _, m := range markers(b) {
			if m >= 0xE0 && m <= 0xEF || m == 0xFE {
				t.Fatalf("fetched image %d carries an APP%d or comment segment", i, m-0xE0)
			}
		}
	}
}

// seedInstagram stores igPosts approved posts with their images, due over
// the half minute from first, through the calendar as staff adds them.
func seedInstagram(t *testing.T, ctx context.Context, dataDir string, first time.Time) {
	t.Helper()
	db, err := store.Open(ctx, dataDir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	chk, err := compliance.New(compliance.Profile{PracticeName: "Riverside Family Clinic", State: "IL", Domains: []string{"clinic.example"}})
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("America/Chicago")
	chs := []calendar.ChannelInfo{{ID: "ig", Kind: "instagram"}}
	svc, err := calendar.New(db, calendar.NewChecker(chk, chs), calendar.Options{Location: loc, Channels: chs, PublicMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	save := func(i int, asPNG bool) post.Media {
		img := image.NewRGBA(image.Rect(0, 0, 40+i%7, 40))
		for y := range 40 {
			for x := range 40 + i%7 {
				img.Set(x, y, color.RGBA{R: uint8(x * 5), G: uint8(i), B: uint8(y * 5), A: 255})
			}
		}
		var buf bytes.Buffer
		name, ct := "photo.jpg", "image/jpeg"
		if asPNG {
			name, ct = "photo.png", "image/png"
			_ = png.Encode(&buf, img)
		} else {
			_ = jpeg.Encode(&buf, img, nil)
		}
		m, err := db.SaveMedia(ctx, &buf, post.Media{Name: name, ContentType: ct, AltText: "The clinic's waiting room"})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	for i := range igPosts {
		body := fmt.Sprintf("Our waiting room is open again this week. Photo %04d", i)
		media := []post.Media{save(i, i%2 == 0)}
		if i%3 == 0 {
			body += " C" // a carousel: its caption ends in C
			media = append(media, save(i+100, true), save(i+200, false))
		}
		p, err := svc.AddPost(ctx, calendar.AddPost{Actor: calendar.Actor{Name: "sam", Role: post.RoleStaff}, Body: body,
			Channels: []string{"ig"}, Media: media, At: first.Add(time.Duration(i) * time.Second)})
		if err != nil {
			t.Fatal(err)
		}
		if p.Status != post.StatusScheduled {
			t.Fatalf("post %d is %s, not scheduled: %+v", i, p.Status, p.Check.Findings)
		}
	}
}

// markers lists a JPEG's segment markers up to the scan.
func markers(b []byte) []byte {
	var out []byte
	for i := 2; i+4 <= len(b) && b[i] == 0xFF; {
		out = append(out, b[i+1])
		if b[i+1] == 0xDA {
			break
		}
		i += 2 + int(binary.BigEndian.Uint16(b[i+2:]))
	}
	return out
}

// crashLimit mirrors the scheduler's: the interrupted attempts after which
// a post is held for a person instead of tried again.
const crashLimit = 3

// inFlight reads the daemon's log and returns the post whose publishing
// began last and has not ended yet ("" when none): the post a kill now
// interrupts.
func inFlight(t *testing.T, logPath string) string {
	t.Helper()
	b, err := os.ReadFile(logPath)
	if err != nil {
		t.Fatal(err)
	}
	const begun = "msg=publishing post_id="
	i := bytes.LastIndex(b, []byte(begun))
	if i < 0 {
		return ""
	}
	rest := b[i+len(begun):]
	id, _, _ := bytes.Cut(rest, []byte(" "))
	for _, ended := range []string{"msg=published post_id=", `msg="publish failed" post_id=`} {
		if bytes.Contains(rest, []byte(ended+string(id))) {
			return ""
		}
	}
	return string(id)
}
