package crashtest

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/channels/bluesky/blueskyfake"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/mastodon/mastodonfake"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

const (
	posts = 1000
	kills = 20
)

func TestKillNineNeverPostsTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test takes about two minutes")
	}
	ctx := context.Background()
	xf, ff, lf, mf, gf, bf := xfake.New(), fbfake.New(), lifake.New(), mastodonfake.New(), gbpfake.New(), blueskyfake.New()
	defer xf.Close()
	defer ff.Close()
	defer lf.Close()
	defer mf.Close()
	defer gf.Close()
	defer bf.Close()
	// Facebook is reached through a proxy that drops 2% of the answers to
	// posts it passed on, remembering which.
	lossy := newLossyProxy(t, ff.URL(), 0.02, facebookPost)
	// Mastodon's proxy drops 5% of the answers to statuses, and the
	// instance's listing lags 8 s, past the 5 s the daemon waits before
	// looking at the account: the look misses a status whose answer was
	// lost, the delivery is retried, and only its Idempotency-Key (the
	// same on every attempt) keeps it to one status. No Mastodon delivery
	// may end unknown.
	mf.LagListing(8 * time.Second)
	lossyMD := newLossyProxy(t, mf.URL(), 0.05, mastodonStatus)
	// Google holds every new post for review and, a moment later, shows
	// it (LIVE) or rejects it, as its moderation does, whether the daemon
	// is running or not.
	rejected := rejectedByGoogle(posts)
	gf.HoldForReview(true)
	stopModerating := moderate(gf, rejected)
	defer stopModerating()
	// Bluesky's proxy drops 5% of the answers to creates: the daemon looks
	// at the account (listRecords) and finds the post at the attempt's
	// record key, so no Bluesky delivery may end unknown either. Its
	// session is kept in the store: 21 starts sign in once.
	lossyBS := newLossyProxy(t, bf.URL(), 0.05, blueskyRecord)
	fakes := map[string]channeltest.Fake{"x": xf, "fb": ff, "li": lf, "md": mf, "gbp": gf, "bsky": bf}

	dir := t.TempDir()
	logf := createLog(t, filepath.Join(dir, "daemon.log"))
	cfg := writeConfig(t, dir, setup{X: xf.URL(), FB: lossy.URL(), LI: lf.URL(), MD: lossyMD.URL(), GBP: gf.URL(), BS: lossyBS.URL()})
	d := &daemon{t: t, bin: buildBinary(t), config: cfg, log: logf}
	first := time.Now().Add(10 * time.Second).Truncate(time.Second)
	d.importPosts(posts, first, time.Minute, everyNetwork)

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 5))
	for i := range kills {
		p := start(d)
		time.Sleep(time.Duration(300+rng.IntN(2500)) * time.Millisecond)
		p.kill()
		t.Logf("kill %d: fakes hold x=%d fb=%d li=%d md=%d gbp=%d bsky=%d", i+1, len(xf.Accepted()), len(ff.Accepted()), len(lf.Accepted()),
			len(mf.Accepted()), len(gf.Accepted()), len(bf.Accepted()))
	}
	d.drain(ctx, first.Add(time.Minute))
	stopModerating()
	t.Logf("the proxies dropped %d Facebook, %d Mastodon and %d Bluesky answers; Mastodon answered %d creates from a kept Idempotency-Key; Bluesky made %d sessions",
		lossy.Count(), lossyMD.Count(), lossyBS.Count(), mf.Replays(), bf.SessionsCreated())
	verify(t, ctx, openBolt(t, ctx, filepath.Join(dir, "data")), posts, fakes, map[string]func(string) bool{"fb": lossy.Lost},
		map[string]func(string) bool{"gbp": func(text string) bool { return rejected[text] }})
	verifyKeys(t, mf, lossyMD.Count())
}

// verifyKeys checks Mastodon's side: every Idempotency-Key sent more than
// once was sent for one delivery, and the instance holds one status per
// key; with answers lost, some retry must have been answered from a kept
// key (the path under test was taken).
func verifyKeys(t *testing.T, mf *mastodonfake.Server, lost int) {
	t.Helper()
	sent := map[string]int{}
	for _, k := range mf.CreateKeys() {
		if k == "" {
			t.Error("a status was created without an Idempotency-Key")
		}
		sent[k]++
	}
	again := 0
	for _, n := range sent {
		if n > 1 {
			again++
		}
	}
	if statuses := len(mf.Accepted()); statuses > len(sent) {
		t.Errorf("the instance holds %d statuses for %d keys", statuses, len(sent))
	}
	t.Logf("Mastodon: %d keys, %d sent more than once, %d replayed", len(sent), again, mf.Replays())
	if lost >= 5 && mf.Replays() == 0 {
		t.Errorf("%d answers were lost, yet no retry was answered from its Idempotency-Key", lost)
	}
}

// verify checks the rule against the store, read directly once the
// daemon has stopped: every post is published exactly once per channel
// (counted at the fakes), or unknown with an alert, and unknown only where
// the platform's answer to that very post was lost (lost[channel](text)).
// Killed before the request left is not unknown: the platform's list shows
// the post missing, and it is sent again. A post the network's review
// rejected (rejected[channel](text)) was sent exactly once too, and ended
// failed, with the reason and a publish_failed alert.
func verify(t *testing.T, ctx context.Context, db store.Store, want int, fakes map[string]channeltest.Fake, lost, rejected map[string]func(string) bool) {
	t.Helper()
	alerts, err := db.Alerts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	alerted := map[string]bool{}
	failAlerted := map[string]bool{}
	for _, a := range alerts {
		switch a.Kind {
		case alert.KindOutcomeUnknown:
			alerted[string(a.PostID)+"/"+a.Channel] = true
		case alert.KindPublishFailed:
			failAlerted[string(a.PostID)+"/"+a.Channel] = true
		}
	}
	var all []*post.Post
	db.View(ctx, func(tx store.Tx) error {
		return tx.EachPost("", func(p *post.Post) error { all = append(all, p); return nil })
	})
	if len(all) != want {
		t.Fatalf("the store holds %d posts, want %d", len(all), want)
	}
	stats := map[string]int{}
	for ch, f := range fakes {
		count := map[string]int{}
		byID := map[string]string{}
		for _, a := range f.Accepted() {
			count[a.Text]++
			byID[a.RemoteID] = a.Text
		}
		for _, p := range all {
			d, text := p.Deliveries[ch], p.TextFor(ch)
			n := count[text]
			if d == nil && ch == "md" && !onMastodon(text) {
				continue // not a Mastodon post
			}
			if d == nil && ch == "gbp" && !onGoogle(text) {
				continue // not a Google post
			}
			if d == nil && ch == "bsky" && !onBluesky(text) {
				continue // not a Bluesky post
			}
			switch {
			case n > 1:
				t.Errorf("%s/%s: published %d times", p.ID, ch, n)
			case d == nil:
				t.Errorf("%s/%s: no delivery", p.ID, ch)
			case rejected[ch] != nil && rejected[ch](text):
				stats[ch+" rejected by its review"]++
				if d.State != post.DeliveryFailed || n != 1 || !strings.Contains(d.LastError, "rejected") || !failAlerted[string(p.ID)+"/"+ch] {
					t.Errorf("%s/%s: rejected by the network's review, but ended %s (%q), sent %d times, alerted %v; want failed, sent once, with an alert",
						p.ID, ch, d.State, d.LastError, n, failAlerted[string(p.ID)+"/"+ch])
				}
			case d.State == post.DeliveryPublished:
				stats[ch+" published"]++
				if strings.ContainsAny(text, "&<>") {
					stats[ch+" published with & < >"]++
				}
				if d.Attempts > 1 {
					stats[ch+" published after a retry"]++
				}
				if n != 1 || byID[d.RemoteID] != text {
					t.Errorf("%s/%s: recorded published as %q, the fake holds it %d times", p.ID, ch, d.RemoteID, n)
				}
			case d.State == post.DeliveryUnknown:
				stats[ch+" unknown"]++
				if !alerted[string(p.ID)+"/"+ch] {
					t.Errorf("%s/%s: unknown without an alert", p.ID, ch)
				}
				if lost[ch] == nil || !lost[ch](text) {
					t.Errorf("%s/%s: unknown (%q) although no answer about it was lost (the fake holds it %d times)", p.ID, ch, d.LastError, n)
				}
			default:
				t.Errorf("%s/%s: ended %s (%q)", p.ID, ch, d.State, d.LastError)
			}
		}
	}
	t.Logf("outcome: %v", stats)
}

// openBolt opens the bbolt store in dataDir read-only, once the daemon
// has stopped, until the test ends.
func openBolt(t *testing.T, ctx context.Context, dataDir string) store.Store {
	t.Helper()
	db, err := store.Open(ctx, dataDir, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// moderate plays Google's review on gf until the returned function is
// called: a post PROCESSING for a second turns REJECTED when its text is
// in rejected, LIVE otherwise.
func moderate(gf *gbpfake.Server, rejected map[string]bool) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			for _, a := range gf.Accepted() {
				if time.Since(a.At) < time.Second || gf.State(a.RemoteID) != "PROCESSING" {
					continue
				}
				state := "LIVE"
				if rejected[a.Text] {
					state = "REJECTED"
				}
				gf.Moderate(a.RemoteID, state)
			}
		}
	}()
	var once sync.Once
	return func() { once.Do(func() { close(done); <-finished }) }
}
