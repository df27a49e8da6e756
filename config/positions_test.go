package config

import "testing"

func TestKeyLines(t *testing.T) {
	const doc = `top = 1
[a]
b = 1
c.d = [
  "x", # a comment between elements
  "y",
]
[[list]]
k = 1
[[list]]
k = { inner = 2 }
[list.sub]
z = 3
arr = [{ q = 1 },
  { q = 2 }]
`
	want := map[string]int{
		"top":                  1,
		"a":                    2,
		"a.b":                  3,
		"a.c":                  4,
		"a.c.d":                4,
		"a.c.d[0]":             5,
		"a.c.d[1]":             6,
		"list[0]":              8,
		"list[0].k":            9,
		"list[1]":              10,
		"list[1].k.inner":      11,
		"list[1].sub":          12,
		"list[1].sub.z":        13,
		"list[1].sub.arr":      14,
		"list[1].sub.arr[1].q": 15,
	}
	got := keyLines([]byte(doc))
	for k, line := range want {
		if got[k] != line {
			t.Errorf("line of %s = %d, want %d", k, got[k], line)
		}
	}
}

func TestLineOfFallsBackToParent(t *testing.T) {
	lines := map[string]int{"channels[1]": 20, "channels[1].slots": 22}
	tests := []struct {
		key  string
		want int
	}{
		{"channels[1].slots[3]", 22},
		{"channels[1].page_id", 20},
		{"channels[2].id", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := lineOf(lines, tt.key); got != tt.want {
			t.Errorf("lineOf(%q) = %d, want %d", tt.key, got, tt.want)
		}
	}
}
