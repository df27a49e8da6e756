package x_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/channels/x/xfake"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// oauth1Config is a channel signing with the fake's OAuth 1.0a keys.
func oauth1Config(base string, log *slog.Logger) x.Config {
	return x.Config{
		ID: "x-test", APIBase: base,
		ConsumerKey: xfake.ConsumerKey, ConsumerSecret: xfake.ConsumerSecret,
		AccessToken: xfake.AccessToken, AccessTokenSecret: xfake.AccessTokenSecret,
		HTTPClient: &http.Client{Timeout: 10 * time.Second},
		Logger:     log,
	}
}

func TestConformanceOAuth1(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	channeltest.Run(t, channeltest.Opt{
		Name: "x",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			c, err := x.New(oauth1Config(baseURL, log))
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		Secrets: []string{xfake.ConsumerSecret, xfake.AccessTokenSecret, xfake.AccessToken},
		Logs:    logs.String,
		MaxLen:  x.MaxWeightedLength,
	})
}

func TestConformanceOAuth2(t *testing.T) {
	fake := xfake.New()
	t.Cleanup(fake.Close)
	channeltest.Run(t, channeltest.Opt{
		Name: "x-oauth2",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			c, err := x.New(x.Config{ID: "x-test", APIBase: baseURL, ClientID: xfake.ClientID, ClientSecret: xfake.ClientSecret,
				RefreshToken: xfake.RefreshToken, Secrets: newMemStore(), HTTPClient: &http.Client{Timeout: 10 * time.Second}})
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
		Secrets: []string{xfake.ClientSecret, xfake.RefreshToken, "xfake-refresh-1", "xfake-bearer-1"},
		MaxLen:  x.MaxWeightedLength,
	})
}
