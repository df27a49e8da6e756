package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/practicepost/practicepost/media/mediatest"
	"github.com/practicepost/practicepost/post"
)

// TestReadMediaRefusesWhatIsNotAStoredImage: a hash is joined into a path,
// so anything but 64 lowercase hex characters must be refused before the
// file system is touched, and a file in the media folder that is not a
// regular file (a FIFO planted there, a device) must be refused without
// blocking or reading it.
func TestReadMediaRefusesWhatIsNotAStoredImage(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	m, err := db.SaveMedia(ctx, bytes.NewReader(mediatest.PNG(4, 4, 0)), post.Media{Name: "a.png", ContentType: "image/png"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReadMedia(m.Hash); err != nil {
		t.Fatalf("a stored image: %v", err)
	}
	fifo := "ab" + string(bytes.Repeat([]byte("0"), 62))
	if err := os.MkdirAll(filepath.Dir(db.MediaPath(fifo)), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(db.MediaPath(fifo), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{
		"../../../../../../../../../dev/zero",
		"../../../../../../../../../etc/passwd",
		"/dev/zero",
		"",
		"ab",
		m.Hash[:63],
		m.Hash + "0",
		string(bytes.ToUpper([]byte(m.Hash))),
		fifo,
	} {
		done := make(chan error, 1)
		go func() { _, err := db.ReadMedia(h); done <- err }()
		select {
		case err := <-done:
			if err == nil {
				t.Errorf("ReadMedia(%.40q) read something", h)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("ReadMedia(%.40q) hangs", h)
		}
	}
}

// TestSavedImageKeepsShowsPatient: the same bytes uploaded again with the
// answer "no" must not clear an earlier "shows a patient".
func TestSavedImageKeepsShowsPatient(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	img := mediatest.PNG(6, 6, 0)
	if _, err := db.SaveMedia(ctx, bytes.NewReader(img), post.Media{Name: "knee.png", ContentType: "image/png", ShowsPatient: true}); err != nil {
		t.Fatal(err)
	}
	m, err := db.SaveMedia(ctx, bytes.NewReader(img), post.Media{Name: "knee.png", ContentType: "image/png", ShowsPatient: false})
	if err != nil {
		t.Fatal(err)
	}
	if !m.ShowsPatient {
		t.Errorf("SaveMedia returned shows_patient false for an image stored as showing a patient")
	}
	var got *post.Media
	if err := db.View(ctx, func(tx Tx) error { got, err = tx.Media(m.Hash); return err }); err != nil {
		t.Fatal(err)
	}
	if !got.ShowsPatient {
		t.Errorf("the stored record lost shows_patient")
	}
}

// TestWriteProbeFailsWhenNothingCanBeSaved: /healthz said ok while the disk
// was full. WriteProbe writes and syncs a small file in the data folder;
// here the folder is swapped for a plain file, so nothing can be created.
func TestWriteProbeFailsWhenNothingCanBeSaved(t *testing.T) {
	db := mustOpen(t)
	if err := db.WriteProbe(); err != nil {
		t.Fatalf("a healthy folder: %v", err)
	}
	defer func(d time.Duration) { probeEvery = d }(probeEvery)
	probeEvery = time.Hour
	dir := db.Dir()
	if err := os.Rename(dir, dir+".moved"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(dir); os.Rename(dir+".moved", dir) })
	if err := os.WriteFile(dir, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Within probeEvery the last answer stands: /healthz is public, and a
	// synced write per request would be a way to load the disk.
	if err := db.WriteProbe(); err != nil {
		t.Errorf("a second probe within the interval wrote again: %v", err)
	}
	probeEvery = 0
	if err := db.WriteProbe(); err == nil {
		t.Error("WriteProbe says the store takes writes when nothing can be created in its folder")
	}
}
