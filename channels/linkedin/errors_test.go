package linkedin

import (
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
)

func TestEscapeLittleText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"Flu shots this week", "Flu shots this week"},
		{`back\slash`, `back\\slash`},
		{"a|b", `a\|b`},
		{"{curly}", `\{curly\}`},
		{"email us @ front desk", `email us \@ front desk`},
		{"[note]", `\[note\]`},
		{"(walk-ins welcome)", `\(walk-ins welcome\)`},
		{"<3 our nurses>", `\<3 our nurses\>`},
		{"#FluSeason", `\#FluSeason`},
		{"*important*", `\*important\*`},
		{"snake_case", `snake\_case`},
		{"~approx", `\~approx`},
		{`\(`, `\\\(`},
		{"all: \\|{}@[]()<>#*_~", `all: \\\|\{\}\@\[\]\(\)\<\>\#\*\_\~`},
		{"ünïcödé (ok) 😷", `ünïcödé \(ok\) 😷`},
		{"https://clinic.example/flu?utm_source=li", `https://clinic.example/flu?utm\_source=li`},
	}
	for _, tc := range cases {
		got := EscapeLittleText(tc.in)
		if got != tc.want {
			t.Errorf("EscapeLittleText(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := UnescapeLittleText(got); back != tc.in {
			t.Errorf("UnescapeLittleText(%q) = %q, want %q", got, back, tc.in)
		}
	}
}

func TestStatusError(t *testing.T) {
	now := time.Date(2026, 11, 26, 22, 30, 0, 0, time.UTC)
	cases := []struct {
		name       string
		status     int
		body       string
		want       channels.Class
		existing   string
		retryAfter time.Duration
		reason     string
	}{
		{"duplicate share", 422, `{"errorDetailType":"com.linkedin.common.error.BadRequest","message":"com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of urn:li:share:7141138937766391808","errorDetails":{"inputErrors":[{"description":"Duplicate post is detected","input":{},"code":"DUPLICATE_POST"}]},"status":422}`,
			channels.Duplicate, "urn:li:share:7141138937766391808", 0, ""},
		{"duplicate ugcPost", 422, `{"message":"Content is a duplicate of urn:li:ugcPost:7000000000000000001","errorDetails":{"inputErrors":[{"code":"DUPLICATE_POST"}]},"status":422}`,
			channels.Duplicate, "urn:li:ugcPost:7000000000000000001", 0, ""},
		{"duplicate without urn", 422, `{"message":"Duplicate","errorDetails":{"inputErrors":[{"code":"DUPLICATE_POST"}]},"status":422}`,
			channels.Duplicate, "", 0, ""},
		{"other 422", 422, `{"message":"ERROR :: /author :: field is required but not found and has no default value","status":422}`,
			channels.Permanent, "", 0, ""},
		{"retired version", 426, `{"status":426,"code":"NONEXISTENT_VERSION","message":"Requested version 20241101 is not active"}`,
			channels.Permanent, "", 0, "LinkedIn retired API version 202411; set api_version to a current YYYYMM"},
		{"expired token", 401, `{"status":401,"serviceErrorCode":65602,"code":"EXPIRED_ACCESS_TOKEN","message":"The token used in the request has expired"}`,
			channels.AuthExpired, "", 0, ""},
		{"empty token", 401, `{"message":"Empty oauth2_access_token","serviceErrorCode":401,"status":401}`, channels.AuthExpired, "", 0, ""},
		{"not admin", 403, `{"status":403,"serviceErrorCode":100,"code":"ACCESS_DENIED","message":"Not enough permissions"}`, channels.AuthExpired, "", 0, ""},
		{"daily limit", 429, `{"status":429,"serviceErrorCode":101,"code":"TOO_MANY_REQUESTS","message":"Resource level throttle APPLICATION DAY limit"}`,
			channels.RateLimited, "", 90 * time.Minute, ""},
		{"server error", 500, `{"message":"Internal Server Error","status":500}`, channels.Retryable, "", 0, ""},
		{"gateway html", 502, `<html>bad gateway</html>`, channels.Retryable, "", 0, ""},
		{"bad request", 400, `{"status":400,"code":"ILLEGAL_ARGUMENT","message":"Request body could not be converted to data map"}`, channels.Permanent, "", 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ce := statusError(tc.status, []byte(tc.body), "202411", now)
			if ce.Class != tc.want || ce.ExistingID != tc.existing || ce.RetryAfter != tc.retryAfter || ce.Status != tc.status {
				t.Errorf("got class %v existing %q retry %v status %d; want %v %q %v %d", ce.Class, ce.ExistingID, ce.RetryAfter, ce.Status, tc.want, tc.existing, tc.retryAfter, tc.status)
			}
			if tc.reason != "" && ce.Reason != tc.reason {
				t.Errorf("reason %q, want %q", ce.Reason, tc.reason)
			}
		})
	}
}

func TestUntilMidnightUTC(t *testing.T) {
	cases := []struct {
		now  time.Time
		want time.Duration
	}{
		{time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC), 24 * time.Hour},
		{time.Date(2026, 11, 26, 23, 59, 30, 0, time.UTC), 30 * time.Second},
		{time.Date(2026, 12, 31, 12, 0, 0, 0, time.UTC), 12 * time.Hour},
		// 20:00 in New York (UTC-5) is 01:00 UTC the next day.
		{time.Date(2026, 11, 26, 20, 0, 0, 0, time.FixedZone("EST", -5*3600)), 23 * time.Hour},
	}
	for _, tc := range cases {
		if got := untilMidnightUTC(tc.now); got != tc.want {
			t.Errorf("untilMidnightUTC(%v) = %v, want %v", tc.now, got, tc.want)
		}
	}
}

func TestVersionWarning(t *testing.T) {
	now := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		version string
		warn    bool
	}{
		{"202611", false},
		{"202602", false}, // 9 months
		{"202601", true},  // 10 months
		{"202511", true},
		{"202601.01", true},
		{"2026-01", true}, // malformed: says so
	}
	for _, tc := range cases {
		if got := versionWarning(tc.version, now); (got != "") != tc.warn {
			t.Errorf("versionWarning(%q) = %q, want a warning: %v", tc.version, got, tc.warn)
		}
	}
}
