package google_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
	"github.com/practicepost/practicepost/post"
)

// mediaHost serves images by content hash, as practicepost's signed media
// links do, so the fake can fetch them like Google.
type mediaHost struct {
	srv   *httptest.Server
	mu    sync.Mutex
	by    map[string]post.MediaFile
	asked []string // "post channel hash" of each PublicURL call
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
		w.Header().Set("Content-Type", m.ContentType)
		_, _ = w.Write(m.Data)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

// PublicURL implements channels.PublicMedia.
func (h *mediaHost) PublicURL(_ context.Context, o post.Outgoing, m post.MediaFile) (string, error) {
	sum := sha256.Sum256(m.Data)
	key := hex.EncodeToString(sum[:])
	h.mu.Lock()
	h.by[key] = m
	h.asked = append(h.asked, o.PostID+" "+o.Channel+" "+m.Hash)
	h.mu.Unlock()
	return h.srv.URL + "/" + key, nil
}

func config(baseURL string, logs *channeltest.LogBuffer, media channels.PublicMedia) google.Config {
	return google.Config{
		ID: "google-test", APIBase: baseURL, InfoAPIBase: baseURL, AccountsAPIBase: baseURL, TokenURL: baseURL + "/token",
		AccountID: gbpfake.AccountID, LocationID: gbpfake.LocationID,
		ClientID: gbpfake.ClientID, ClientSecret: gbpfake.ClientSecret, RefreshToken: gbpfake.RefreshToken,
		PublicMedia: media,
		Logger:      slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

func newChannel(t *testing.T, cfg google.Config) *google.Channel {
	t.Helper()
	c, err := google.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	logs := &channeltest.LogBuffer{}
	media := newMediaHost(t)
	channeltest.Run(t, channeltest.Opt{
		Name: "google",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			return newChannel(t, config(baseURL, logs, media))
		},
		Secrets: []string{gbpfake.AccessToken, gbpfake.RefreshToken, gbpfake.ClientSecret},
		Logs:    logs.String,
		MaxLen:  google.MaxSummaryChars,
	})
}
