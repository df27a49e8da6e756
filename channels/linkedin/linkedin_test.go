package linkedin_test

import (
	"bytes"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
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

func newChannel(t *testing.T, baseURL string, logs *logBuffer) *linkedin.Channel {
	t.Helper()
	c, err := linkedin.New(linkedin.Config{
		ID:             "linkedin-test",
		APIBase:        baseURL,
		OrganizationID: lifake.OrganizationID,
		AccessToken:    lifake.AccessToken,
		APIVersion:     "202609",
		TokenExpires:   time.Now().Add(50 * 24 * time.Hour),
		Logger:         slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestConformance(t *testing.T) {
	fake := lifake.New()
	t.Cleanup(fake.Close)
	logs := &logBuffer{}
	channeltest.Run(t, channeltest.Opt{
		Name: "linkedin",
		Fake: fake,
		New: func(t *testing.T, baseURL string) channels.Channel {
			return newChannel(t, baseURL, logs)
		},
		Secrets:             []string{lifake.AccessToken, lifake.ClientSecret},
		Logs:                logs.String,
		MaxLen:              linkedin.MaxCommentaryChars,
		NoRetryAfterHeaders: true,
	})
}
