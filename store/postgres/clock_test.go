package postgres

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
)

// TestCheckClock: a replica whose clock is off the database server's by
// more than MaxClockSkew is refused, saying by how much and which way; one
// in step passes. (A replica minutes ahead would publish early, and take
// another replica's publish under way for an interrupted one old enough
// to send again.)
func TestCheckClock(t *testing.T) {
	for _, tc := range []struct {
		name   string
		offset time.Duration
		want   string // "" passes
	}{
		{"in step", 0, ""},
		{"a little ahead", MaxClockSkew / 2, ""},
		{"minutes ahead", 5 * time.Minute, "ahead of"},
		{"minutes behind", -5 * time.Minute, "behind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			open, _, _ := openTest(t, func() time.Time { return time.Now().Add(tc.offset) })
			db := open(t)
			defer db.Close()
			err := db.CheckClock(context.Background())
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tc.want != "" && (post.ErrorCode(err) != post.EConflict || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("got %v, want a conflict saying %q", err, tc.want)
			}
		})
	}
}
