package facebook

import (
	"net/http"
	"testing"
	"time"

	fb "github.com/huandu/facebook/v2"

	"github.com/practicepost/practicepost/channels"
)

func TestGraphErrorDispatch(t *testing.T) {
	buc := http.Header{}
	buc.Set("X-Business-Use-Case-Usage", `{"104857600123":[{"type":"pages","call_count":100,"total_cputime":3,"total_time":4,"estimated_time_to_regain_access":7}]}`)
	cases := []struct {
		name      string
		err       fb.Error
		header    http.Header
		want      channels.Class
		wantAfter time.Duration
	}{
		{"expired token", fb.Error{Code: 190, ErrorSubcode: 463}, nil, channels.AuthExpired, 0},
		{"password changed", fb.Error{Code: 190, ErrorSubcode: 460}, nil, channels.AuthExpired, 0},
		{"session", fb.Error{Code: 102}, nil, channels.AuthExpired, 0},
		{"permission", fb.Error{Code: 200}, nil, channels.AuthExpired, 0},
		{"permission 10", fb.Error{Code: 10}, nil, channels.AuthExpired, 0},
		{"app throttle no header", fb.Error{Code: 4}, nil, channels.RateLimited, defaultRateLimitWait},
		{"user throttle", fb.Error{Code: 17}, buc, channels.RateLimited, 7 * time.Minute},
		{"page throttle", fb.Error{Code: 32}, buc, channels.RateLimited, 7 * time.Minute},
		{"custom throttle", fb.Error{Code: 613}, buc, channels.RateLimited, 7 * time.Minute},
		{"BUC pages", fb.Error{Code: 80001}, buc, channels.RateLimited, 7 * time.Minute},
		{"feed limit", fb.Error{Code: 341}, nil, channels.RateLimited, defaultRateLimitWait},
		{"policy block", fb.Error{Code: 368}, nil, channels.Permanent, 0},
		{"duplicate", fb.Error{Code: 506}, nil, channels.Duplicate, 0},
		{"unknown transient", fb.Error{Code: 1}, nil, channels.Retryable, 0},
		{"service", fb.Error{Code: 2}, nil, channels.Retryable, 0},
		{"flagged transient", fb.Error{Code: 9007, IsTransient: true}, nil, channels.Retryable, 0},
		{"bad link", fb.Error{Code: 1609005}, nil, channels.Permanent, 0},
		{"invalid parameter", fb.Error{Code: 100, Message: "(#100) Invalid parameter"}, nil, channels.Permanent, 0},
		{"unknown code", fb.Error{Code: 12345}, nil, channels.Permanent, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.header
			if h == nil {
				h = http.Header{}
			}
			got := graphError(&tc.err, h)
			if got.Class != tc.want {
				t.Errorf("class %v, want %v", got.Class, tc.want)
			}
			if got.RetryAfter != tc.wantAfter {
				t.Errorf("RetryAfter %v, want %v", got.RetryAfter, tc.wantAfter)
			}
			if got.Reason == "" {
				t.Error("no reason")
			}
		})
	}
}

func TestRegainAccess(t *testing.T) {
	cases := []struct {
		name    string
		headers map[string]string
		want    time.Duration
	}{
		{"none", nil, 0},
		{"buc one entry", map[string]string{"X-Business-Use-Case-Usage": `{"1":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":19}]}`}, 19 * time.Minute},
		{"buc longest of several", map[string]string{"X-Business-Use-Case-Usage": `{"1":[{"estimated_time_to_regain_access":3},{"estimated_time_to_regain_access":12}],"2":[{"estimated_time_to_regain_access":5}]}`}, 12 * time.Minute},
		{"app usage", map[string]string{"X-App-Usage": `{"call_count":100,"total_time":25,"total_cputime":25,"estimated_time_to_regain_access":4}`}, 4 * time.Minute},
		{"page usage wins", map[string]string{"X-App-Usage": `{"call_count":28}`, "X-Page-Usage": `{"call_count":100,"estimated_time_to_regain_access":30}`}, 30 * time.Minute},
		{"percentages only", map[string]string{"X-App-Usage": `{"call_count":95,"total_time":20,"total_cputime":10}`}, 0},
		{"absurd wait capped, never negative", map[string]string{"X-App-Usage": `{"estimated_time_to_regain_access":1000000000000}`}, maxRegainWait},
		{"malformed ignored", map[string]string{"X-Business-Use-Case-Usage": `{not json`, "X-App-Usage": `{"estimated_time_to_regain_access":2}`}, 2 * time.Minute},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := http.Header{}
			for k, v := range tc.headers {
				h.Set(k, v)
			}
			if got := regainAccess(h); got != tc.want {
				t.Errorf("regainAccess = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStatusError(t *testing.T) {
	cases := []struct {
		status int
		want   channels.Class
	}{
		{200, 0}, {201, 0}, {400, channels.Permanent}, {401, channels.AuthExpired}, {404, channels.Permanent},
		{429, channels.RateLimited}, {500, channels.Retryable}, {502, channels.Retryable}, {503, channels.Retryable},
	}
	for _, tc := range cases {
		got := statusError(tc.status)
		if tc.want == 0 {
			if got != nil {
				t.Errorf("status %d: got %v, want success", tc.status, got)
			}
			continue
		}
		if got == nil || got.Class != tc.want {
			t.Errorf("status %d: got %v, want %v", tc.status, got, tc.want)
		}
	}
}
