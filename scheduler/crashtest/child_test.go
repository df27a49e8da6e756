package crashtest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/practicepost/practicepost/alert"
	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/scheduler"
	"github.com/practicepost/practicepost/store"
)

// childEnv names the environment variable that turns the test binary into
// the daemon under test; its value is the JSON childConfig.
const childEnv = "PRACTICEPOST_CRASHTEST_CHILD"

// childConfig is what the parent tells the daemon: where the data is, where
// the fakes listen, and whether to exit once everything is done.
type childConfig struct {
	Dir   string `json:"dir"`
	X     string `json:"x"`
	FB    string `json:"fb"`
	LI    string `json:"li"`
	Drain bool   `json:"drain"`
}

// passChecker clears every post: the crash test is about the scheduler.
type passChecker struct{}

func (passChecker) CheckPost(_ context.Context, p *post.Post, _ *post.Authorization, now time.Time) post.CheckResult {
	return post.CheckResult{Verdict: post.VerdictPass, Ruleset: "crashtest", ContentHash: p.ContentHash(), CheckedAt: now}
}

var channelInfos = []calendar.ChannelInfo{{ID: "x", Kind: "x"}, {ID: "fb", Kind: "facebook"}, {ID: "li", Kind: "linkedin"}}

// runChild is the daemon: the scheduler over the store, publishing to the
// parent's fakes through the real adapters, until killed (or, with Drain,
// until nothing is left to do).
func runChild(raw string) int {
	var cfg childConfig
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "child config:", err)
		return 2
	}
	if err := child(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	return 0
}

func child(cfg childConfig) error {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	db, err := store.Open(ctx, cfg.Dir, store.Options{LockTimeout: 10 * time.Second})
	if err != nil {
		return err
	}
	defer db.Close()
	cal, err := calendar.New(db, passChecker{}, calendar.Options{Channels: channelInfos, Logger: log})
	if err != nil {
		return err
	}
	hc := &http.Client{Timeout: 10 * time.Second}
	xc, err := x.New(x.Config{ID: "x", APIBase: cfg.X, ConsumerKey: xfake.ConsumerKey, ConsumerSecret: xfake.ConsumerSecret,
		AccessToken: xfake.AccessToken, AccessTokenSecret: xfake.AccessTokenSecret, HTTPClient: hc, Logger: log})
	if err != nil {
		return err
	}
	fc, err := facebook.New(facebook.Config{ID: "fb", APIBase: cfg.FB, PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken, HTTPClient: hc, Logger: log})
	if err != nil {
		return err
	}
	lc, err := linkedin.New(linkedin.Config{ID: "li", APIBase: cfg.LI, OrganizationID: lifake.OrganizationID, AccessToken: lifake.AccessToken,
		APIVersion: lifake.Versions[len(lifake.Versions)-1], HTTPClient: hc, Logger: log})
	if err != nil {
		return err
	}
	n, err := alert.New(alert.Options{DB: db, Logger: log})
	if err != nil {
		return err
	}
	s, err := scheduler.New(scheduler.Options{DB: db, Calendar: cal, Alerts: n, Logger: log,
		Channels: map[string]channels.Channel{"x": xc, "fb": fc, "li": lc}, ChannelInterval: -1, HeartbeatEvery: time.Second})
	if err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	if cfg.Drain {
		go func() {
			for runCtx.Err() == nil {
				time.Sleep(300 * time.Millisecond)
				if open, _ := openDeliveries(runCtx, db); open == 0 {
					cancel()
				}
			}
		}()
	}
	return s.Run(runCtx)
}

// openDeliveries counts deliveries still to be published or settled.
func openDeliveries(ctx context.Context, db *store.DB) (int, error) {
	n := 0
	err := db.View(ctx, func(tx *store.Tx) error {
		return tx.EachPost("", func(p *post.Post) error {
			for _, d := range p.Deliveries {
				if d.State == post.DeliveryPending || d.State == post.DeliveryPublishing {
					n++
				}
			}
			return nil
		})
	})
	return n, err
}
