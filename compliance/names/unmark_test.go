package names

import "testing"

func TestUnmark(t *testing.T) {
	for in, want := range map[string]string{
		"tomás": "tomas", "josé": "jose", "maría": "maria", "nguyễn": "nguyễn", "việt": "việt", "đặt": "đặt",
		"françois": "francois", "søren": "soren", "łukasz": "lukasz", "zoë": "zoe", "joão": "joao",
		"maria": "maria", "김민지": "김민지", "ana-lucía": "ana-lucia",
	} {
		if got := Unmark(in); got != want {
			t.Errorf("Unmark(%q) = %q, want %q", in, got, want)
		}
	}
}
