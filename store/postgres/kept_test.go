package postgres

import (
	"context"
	"slices"
	"testing"
)

// TestKept: records kept by one replica are listed by another, newest
// (greatest id) first, by channel, only the ids asked for when given; an
// id kept twice is refused.
func TestKept(t *testing.T) {
	ctx := context.Background()
	open, _, _ := openTest(t, fixedClock)
	a, b := open(t), open(t)
	t.Cleanup(func() { a.Close(); b.Close() })
	for _, r := range []struct {
		db                *DB
		channel, id, data string
	}{
		{a, "preview", "preview-01", "one"},
		{b, "preview", "preview-03", "three"},
		{a, "preview", "preview-02", "two"},
		{b, "other", "preview-04", "elsewhere"},
	} {
		if err := r.db.Keep(ctx, r.channel, r.id, []byte(r.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Keep(ctx, "preview", "preview-01", []byte("again")); err == nil {
		t.Errorf("an id kept twice was accepted")
	}
	text := func(recs [][]byte) []string {
		var out []string
		for _, r := range recs {
			out = append(out, string(r))
		}
		return out
	}
	for _, tc := range []struct {
		ids  []string
		want []string
	}{
		{nil, []string{"three", "two", "one"}},
		{[]string{"preview-01", "preview-03", "preview-04"}, []string{"three", "one"}},
		{[]string{"preview-09"}, nil},
	} {
		for _, db := range []*DB{a, b} {
			got, err := db.Kept(ctx, "preview", tc.ids...)
			if err != nil || !slices.Equal(text(got), tc.want) {
				t.Errorf("Kept(preview, %v) = %q, %v; want %q", tc.ids, text(got), err, tc.want)
			}
		}
	}
}
