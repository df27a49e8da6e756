package facebook_test

import (
	"bytes"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
)

// logBuffer collects log output from concurrent adapters.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func newChannel(t *testing.T, baseURL string, logs *logBuffer) *facebook.Channel {
	t.Helper()
	c, err := facebook.New(facebook.Config{
		ID:              "facebook-test",
		APIBase:         baseURL,
		PageID:          fbfake.PageID,
		PageAccessToken: fbfake.PageToken,
		AppID:           fbfake.AppID,
		AppSecret:       fbfake.AppSecret,
		Logger:          slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	fake := fbfake.New()
	t.Cleanup(fake.Close)
	logs := &logBuffer{}
	channeltest.Run(t, channeltest.Opt{
		Name: "facebook",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			// Every call must carry a valid appsecret_proof, as with the
			// app setting "Require App Secret" on.
			fake.RequireAppSecretProof(true)
			return newChannel(t, baseURL, logs)
		},
		Secrets:        []string{fbfake.PageToken, fbfake.AppSecret, fbfake.UserToken},
		Logs:           logs.String,
		MaxLen:         facebook.MaxMessageChars,
		RetryAfterUnit: time.Minute,
	})
}
