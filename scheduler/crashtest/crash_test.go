package crashtest

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

const (
	posts = 1000
	kills = 20
	// lossy is the channel whose fake drops some responses after storing
	// the post: those must be found by reconciliation.
	lossy = "fb"
)

func TestMain(m *testing.M) {
	if raw := os.Getenv(childEnv); raw != "" {
		os.Exit(runChild(raw))
	}
	os.Exit(m.Run())
}

func TestKillNineNeverPostsTwice(t *testing.T) {
	if testing.Short() {
		t.Skip("the crash test takes about a minute and a half")
	}
	ctx := context.Background()
	xf, ff, lf := xfake.New(), fbfake.New(), lifake.New()
	defer xf.Close()
	defer ff.Close()
	defer lf.Close()
	ff.LoseResponses(0.02)
	fakes := map[string]channeltest.Fake{"x": xf, "fb": ff, "li": lf}

	dir := t.TempDir()
	texts := seed(t, dir)
	cfg := childConfig{Dir: dir, X: xf.URL(), FB: ff.URL(), LI: lf.URL()}
	logf, err := os.Create(filepath.Join(dir, "daemon.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	defer func() {
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			if len(b) > 6000 {
				b = b[len(b)-6000:]
			}
			t.Logf("daemon log tail:\n%s", b)
		}
	}()

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 5))
	for i := range kills {
		cmd := start(t, cfg, logf)
		time.Sleep(time.Duration(200+rng.IntN(2300)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		t.Logf("kill %d: fakes hold x=%d fb=%d li=%d", i+1, len(xf.Accepted()), len(ff.Accepted()), len(lf.Accepted()))
	}
	// The last run is left alone until nothing is open.
	cfg.Drain = true
	cmd := start(t, cfg, logf)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("final run: %v (log in %s)", err, logf.Name())
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Error("final run did not finish in 2 minutes")
	}
	verify(t, ctx, dir, texts, fakes)
}

// seed stores posts due over the next minute on all three channels, each
// with a text unique to it.
func seed(t *testing.T, dir string) map[post.ID]string {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dir, store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Channels: channelInfos})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[post.ID]string{}
	base := time.Now().Add(5 * time.Second).Truncate(time.Second)
	for i := range posts {
		body := fmt.Sprintf("Crash test post %04d: flu shots on %d. https://clinic.test/p/%d", i, i%28+1, i)
		p, err := cal.AddPost(ctx, calendar.AddPost{Actor: calendar.System, Body: body, Channels: []string{"x", "fb", "li"},
			At: base.Add(time.Duration(i%60) * time.Second)})
		if err != nil {
			t.Fatal(err)
		}
		texts[p.ID] = body
	}
	return texts
}

func start(t *testing.T, cfg childConfig, log *os.File) *exec.Cmd {
	t.Helper()
	raw, _ := json.Marshal(cfg)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+string(raw))
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// verify checks exactly-once per channel at the fakes against the store.
func verify(t *testing.T, ctx context.Context, dir string, texts map[post.ID]string, fakes map[string]channeltest.Fake) {
	t.Helper()
	db, err := store.Open(ctx, dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	alerts, err := db.Alerts(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	alerted := map[string]bool{}
	for _, a := range alerts {
		if a.Kind == alert.KindOutcomeUnknown {
			alerted[a.PostID+"/"+a.Channel] = true
		}
	}
	stats := map[string]int{}
	for ch, f := range fakes {
		count := map[string]int{}
		byID := map[string]string{}
		for _, a := range f.Accepted() {
			count[a.Text]++
			byID[a.RemoteID] = a.Text
		}
		for id, text := range texts {
			var d *post.Delivery
			db.View(ctx, func(tx *store.Tx) error {
				p, err := tx.Post(id)
				if err == nil {
					d = p.Deliveries[ch]
				}
				return err
			})
			n := count[text]
			switch {
			case n > 1:
				t.Errorf("%s/%s: published %d times", id, ch, n)
			case d == nil:
				t.Errorf("%s/%s: no delivery", id, ch)
			case d.State == post.DeliveryPublished:
				stats[ch+" published"]++
				if n != 1 || byID[d.RemoteID] != text {
					t.Errorf("%s/%s: recorded published as %q, the fake holds it %d times", id, ch, d.RemoteID, n)
				}
			case d.State == post.DeliveryUnknown:
				if !alerted[id+"/"+ch] {
					t.Errorf("%s/%s: unknown without an alert", id, ch)
				}
				if n == 1 {
					stats[ch+" unknown, was posted"]++
					if ch != lossy {
						t.Errorf("%s/%s: unknown although the post is on a channel that never lost a response", id, ch)
					}
				} else {
					// Killed between the committed claim and the request:
					// not on the platform, and correctly not re-posted blindly.
					stats[ch+" unknown, was not posted"]++
				}
			default:
				t.Errorf("%s/%s: ended %s (%q)", id, ch, d.State, d.LastError)
			}
		}
	}
	t.Logf("outcome: %v", stats)
}
