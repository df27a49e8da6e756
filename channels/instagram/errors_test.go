package instagram

import (
	"net/http"
	"testing"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

func TestGraphErrorClasses(t *testing.T) {
	buc := http.Header{"X-Business-Use-Case-Usage": {`{"17841400000000777":[{"type":"instagram","call_count":100,"estimated_time_to_regain_access":7}]}`}}
	cases := []struct {
		name      string
		code, sub int
		header    http.Header
		want      channels.Class
		wait      time.Duration
	}{
		{"token expired", 190, 460, nil, channels.AuthExpired, 0},
		{"permission removed", 10, 0, nil, channels.AuthExpired, 0},
		{"account restricted", 9004, subInactive, nil, channels.AuthExpired, 0},
		{"app throttled, header says", 80002, 0, buc, channels.RateLimited, 7 * time.Minute},
		{"app throttled, header says 10^12 minutes", 4, 0, http.Header{"X-App-Usage": {`{"call_count":100,"estimated_time_to_regain_access":1000000000000}`}}, channels.RateLimited, maxRegainWait},
		{"app throttled, header says a negative wait", 4, 0, http.Header{"X-App-Usage": {`{"estimated_time_to_regain_access":-5}`}}, channels.RateLimited, defaultRateLimitWait},
		{"user throttled", 17, 0, nil, channels.RateLimited, defaultRateLimitWait},
		{"daily publishing limit", 9, subDailyLimit, nil, channels.RateLimited, dailyLimitWait},
		{"not ready", 9007, subNotReady, nil, channels.Retryable, 0},
		{"media download timeout", -2, subTimeout, nil, channels.Retryable, 0},
		{"container expired", -2, subExpired, nil, channels.Retryable, 0},
		{"server error", -1, subServer, nil, channels.Retryable, 0},
		{"transient", 2, 0, nil, channels.Retryable, 0},
		{"spam or repeated", 4, subSpam, nil, channels.Duplicate, 0},
		{"format", 36001, subFormat, nil, channels.Permanent, 0},
		{"aspect ratio", 36003, subAspect, nil, channels.Permanent, 0},
		{"caption", 100, subCaption, nil, channels.Permanent, 0},
		{"fetch failed", 9004, subFetch, nil, channels.Permanent, 0},
		{"policy block", 368, 0, nil, channels.Permanent, 0},
		{"invalid parameter", 100, 0, nil, channels.Permanent, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ce := graphError(&fb.Error{Code: tc.code, ErrorSubcode: tc.sub, Message: "m"}, tc.header)
			if ce.Class != tc.want || ce.Reason == "" {
				t.Fatalf("code %d/%d: class %v (%q), want %v", tc.code, tc.sub, ce.Class, ce.Reason, tc.want)
			}
			if tc.wait != 0 && ce.RetryAfter != tc.wait {
				t.Errorf("RetryAfter %v, want %v", ce.RetryAfter, tc.wait)
			}
		})
	}
}
