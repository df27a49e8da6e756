package calendar

import (
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

func TestParseTimeRefusesSkippedWallClock(t *testing.T) {
	chicago, err := time.LoadLocation("America/Chicago")
	if err != nil {
		t.Fatal(err)
	}
	auckland, err := time.LoadLocation("Pacific/Auckland")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in      string
		loc     *time.Location
		want    string // RFC 3339 of the accepted time, or "" when refused
		message string // part of the refusal
	}{
		{"2027-03-14 02:30", chicago, "", "from 02:00 to 03:00"},
		{"2027-03-14T02:00", chicago, "", "Sun 14 Mar 2027 02:00 does not exist in America/Chicago"},
		{"2027-03-14 02:59:59", chicago, "", "pick a time before 02:00 or from 03:00 on"},
		{"2027-09-26 02:15", auckland, "", "from 02:00 to 03:00"},
		{"2027-03-14 01:59", chicago, "2027-03-14T01:59:00-06:00", ""},
		{"2027-03-14 03:00", chicago, "2027-03-14T03:00:00-05:00", ""},
		{"2027-03-14 9:05", chicago, "2027-03-14T09:05:00-05:00", ""},  // one-digit hour is still fine
		{"2027-11-07 01:30", chicago, "2027-11-07T01:30:00-05:00", ""}, // fall back: the first 01:30
		{"2027-03-14T02:30:00-06:00", chicago, "2027-03-14T02:30:00-06:00", ""},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := ParseTime(c.in, c.loc)
			if c.want == "" {
				if err == nil {
					t.Fatalf("accepted as %s; want a refusal", got.Format(time.RFC3339))
				}
				if post.ErrorCode(err) != post.EInvalid || !strings.Contains(err.Error(), c.message) {
					t.Fatalf("error %q (code %s), want invalid naming %q", err, post.ErrorCode(err), c.message)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := got.Format(time.RFC3339); s != c.want {
				t.Errorf("got %s, want %s", s, c.want)
			}
		})
	}
}
