package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"runtime"
	"runtime/debug"
	"sync/atomic"
	"testing"
	"time"

	"github.com/practicepost/practicepost/store"
)

// TestLoadMemoryDoesNotGrowWithImages: `practicepost migrate` of a
// practice with many large images does not hold them all in memory at
// once. Load sends records in batches, and pgx holds a batch's arguments
// and then its encoding: a batch of 500 images of up to 10 MiB each would
// be gigabytes. Loading five times as many images must not take much more
// memory at the peak.
func TestLoadMemoryDoesNotGrowWithImages(t *testing.T) {
	const size = 256 << 10
	few := peakLoading(t, 64, size)
	many := peakLoading(t, 320, size)
	t.Logf("heap growth at the peak: %d MiB for 64 images, %d MiB for 320", few>>20, many>>20)
	if many > 2*few+8<<20 {
		t.Errorf("loading 320 images of %d KiB took %d MiB at the peak, 64 took %d MiB: memory grows with the images", size>>10, many>>20, few>>20)
	}
}

// peakLoading loads n images of size bytes into a new database and
// returns how far the heap grew above where it started, at the peak.
func peakLoading(t *testing.T, n, size int) int64 {
	t.Helper()
	open, _, _ := openTest(t, fixedClock)
	db := open(t)
	defer db.Close()
	// Each image is made when it is loaded, and is garbage once sent.
	image := func(i int) (hash, content []byte) {
		content = make([]byte, size)
		for j := range content {
			content[j] = byte(i + j*7)
		}
		binary.BigEndian.PutUint64(content, uint64(i))
		sum := sha256.Sum256(content)
		return []byte(hex.EncodeToString(sum[:])), content
	}
	// Collect often, so the heap measures what Load holds rather than
	// garbage the collector has not come to yet.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak.Store(max(peak.Load(), m.HeapAlloc))
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	err := db.Load(context.Background(), func(fn func(store.Record) error) error {
		for i := range n {
			hash, _ := image(i)
			if err := fn(store.Record{Table: "media", Key: hash, Value: []byte(`{}`)}); err != nil {
				return err
			}
		}
		for i := range n {
			hash, content := image(i)
			if err := fn(store.Record{Table: store.MediaContent, Key: hash, Value: content}); err != nil {
				return err
			}
		}
		return nil
	})
	close(stop)
	<-sampled
	if err != nil {
		t.Fatal(err)
	}
	var got int
	var total int64
	if err := db.pool.QueryRow(context.Background(), `SELECT count(*), sum(length(content)) FROM media`).Scan(&got, &total); err != nil {
		t.Fatal(err)
	}
	if got != n || total != int64(n*size) {
		t.Errorf("%d images, %d bytes loaded; want %d, %d", got, total, n, n*size)
	}
	return int64(peak.Load()) - int64(base.HeapAlloc)
}
