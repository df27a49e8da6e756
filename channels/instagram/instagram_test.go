package instagram_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/instagram"
	"github.com/practicepost/practicepost/channels/instagram/igfake"
	"github.com/practicepost/practicepost/post"
)

// mediaHost serves a post's images at public addresses, converted as the
// daemon's signed links convert them for Instagram (instagram.PublicImage),
// on loopback, where igfake fetches them.
type mediaHost struct {
	srv *httptest.Server
	mu  sync.Mutex
	by  map[string]post.MediaFile
}

func newMediaHost(t *testing.T) *mediaHost {
	h := &mediaHost{by: map[string]post.MediaFile{}}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		m, ok := h.by[r.URL.Path[1:]]
		h.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct, data, err := instagram.PublicImage(m.ContentType, m.Data)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ct)
		_, _ = w.Write(data)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *mediaHost) PublicURL(_ context.Context, _ post.Outgoing, m post.MediaFile) (string, error) {
	sum := sha256.Sum256(m.Data)
	key := hex.EncodeToString(sum[:])
	h.mu.Lock()
	h.by[key] = m
	h.mu.Unlock()
	return h.srv.URL + "/" + key, nil
}

// records is the secret store's part an adapter uses, in memory.
type records struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newRecords() *records { return &records{m: map[string][]byte{}} }

func (r *records) LoadSecret(_ context.Context, name string) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.m[name], nil
}

func (r *records) SaveSecret(_ context.Context, name string, v []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.m[name] = append([]byte(nil), v...)
	return nil
}

// env is one adapter with its fake, image host and records.
type env struct {
	fake *igfake.Server
	host *mediaHost
	recs *records
	logs *channeltest.LogBuffer
}

func newEnv(t *testing.T) *env {
	t.Helper()
	f := igfake.New()
	t.Cleanup(f.Close)
	return &env{fake: f, host: newMediaHost(t), recs: newRecords(), logs: &channeltest.LogBuffer{}}
}

func (e *env) config(baseURL string) instagram.Config {
	return instagram.Config{ID: "instagram-test", APIBase: baseURL, IGUserID: igfake.IGUserID, AccessToken: igfake.PageToken,
		AppID: igfake.AppID, AppSecret: igfake.AppSecret, PublicMedia: e.host, Records: e.recs,
		PollInterval: 5 * time.Millisecond, PollFor: 5 * time.Second,
		Logger: slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
}

func (e *env) channel(t *testing.T, edit ...func(*instagram.Config)) *instagram.Channel {
	t.Helper()
	cfg := e.config(e.fake.URL())
	for _, f := range edit {
		f(&cfg)
	}
	c, err := instagram.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	e := newEnv(t)
	channeltest.Run(t, channeltest.Opt{
		Name: "instagram",
		Fake: e.fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			c, err := instagram.New(e.config(baseURL))
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		Secrets:        []string{igfake.PageToken, igfake.AppSecret, igfake.UserToken},
		Logs:           e.logs.String,
		MaxLen:         instagram.MaxCaptionChars,
		RetryAfterUnit: time.Minute,
		NeedsImage:     true,
	})
}
