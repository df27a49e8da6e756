package mastodon_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
)

// A 429 from a proxy in front of the instance with an absurd Retry-After
// (and no X-RateLimit-Reset) must not wrap around into a negative wait,
// which the scheduler reads as "no hint" and retries at once.
func TestRateLimitWithAHugeRetryAfter(t *testing.T) {
	for _, v := range []string{"9223372036854775807", "99999999999", "junk"} {
		t.Run(v, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", v)
				w.WriteHeader(http.StatusTooManyRequests)
			}))
			t.Cleanup(srv.Close)
			c := newChannel(t, config(srv.URL, &channeltest.LogBuffer{}))
			_, err := c.Publish(t.Context(), outgoing("Flu shots, rate limited."))
			if got := channels.ClassOf(err); got != channels.RateLimited {
				t.Fatalf("class %v (%v), want rate limited", got, err)
			}
			if d := channels.RetryAfterOf(err); d < time.Minute {
				t.Errorf("Retry-After %q: wait %s, want at least a minute", v, d)
			}
		})
	}
}
