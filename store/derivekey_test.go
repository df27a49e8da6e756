package store

import (
	"bytes"
	"context"
	"testing"
)

// DeriveKey gives each purpose its own stable key from the secrets key:
// the same after a reopen (the key file is the same), different per
// purpose and per data folder, and never the secrets key itself.
func TestDeriveKey(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	links, err := db.DeriveKey("media-links")
	if err != nil {
		t.Fatal(err)
	}
	other, err := db.DeriveKey("something-else")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.DeriveKey(""); err == nil {
		t.Error("a key without a purpose was derived")
	}
	secretsKey := append([]byte(nil), db.key...)
	db.Close()

	again, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	reopened, err := again.DeriveKey("media-links")
	if err != nil {
		t.Fatal(err)
	}
	elsewhere, err := mustOpen(t).DeriveKey("media-links")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		a, b []byte
		same bool
	}{
		{"same purpose after a reopen", links, reopened, true},
		{"another purpose", links, other, false},
		{"another data folder", links, elsewhere, false},
		{"the secrets key", links, secretsKey, false},
	} {
		if len(tc.a) != 32 || bytes.Equal(tc.a, tc.b) != tc.same {
			t.Errorf("%s: keys %x and %x, want same=%v (32 bytes)", tc.name, tc.a, tc.b, tc.same)
		}
	}
}
