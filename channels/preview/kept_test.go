package preview_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/post"
)

// memKept is a channels.KeptStore in memory: the database several
// replicas share.
type memKept struct {
	mu   sync.Mutex
	recs map[string]map[string][]byte
	fail error // every call's answer when set
}

func (m *memKept) Keep(_ context.Context, channel, id string, record []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return m.fail
	}
	if m.recs == nil {
		m.recs = map[string]map[string][]byte{}
	}
	if m.recs[channel] == nil {
		m.recs[channel] = map[string][]byte{}
	}
	if _, ok := m.recs[channel][id]; ok {
		return errors.New("already kept")
	}
	m.recs[channel][id] = record
	return nil
}

func (m *memKept) Kept(_ context.Context, channel string, ids ...string) ([][]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		return nil, m.fail
	}
	var keys []string
	for id := range m.recs[channel] {
		if len(ids) == 0 || slices.Contains(ids, id) {
			keys = append(keys, id)
		}
	}
	slices.Sort(keys)
	slices.Reverse(keys)
	var out [][]byte
	for _, k := range keys {
		out = append(out, m.recs[channel][k])
	}
	return out, nil
}

func TestConformanceKept(t *testing.T) {
	channeltest.Run(t, channeltest.Opt{
		Name: "preview (shared store)",
		New: func(t *testing.T, _ string) channels.Channel {
			c, err := preview.New(preview.Config{ID: "preview", Kept: &memKept{}})
			if err != nil {
				t.Fatal(err)
			}
			return c
		},
	})
}

// TestReplicasShareTheOutbox: two replicas' preview channels on one shared
// store list the same posts, whichever published them; with a folder on
// each machine, each would list only its own.
func TestReplicasShareTheOutbox(t *testing.T) {
	ctx := context.Background()
	shared := &memKept{}
	var replicas []*preview.Channel
	for range 2 {
		c, err := preview.New(preview.Config{ID: "preview", Dir: t.TempDir(), Kept: shared})
		if err != nil {
			t.Fatal(err)
		}
		replicas = append(replicas, c)
	}
	var want []string
	for i, text := range []string{"Flu shots are in.", "Closed Monday for the holiday."} {
		r, err := replicas[i].Publish(ctx, post.Outgoing{PostID: post.NewID(time.Now()), AttemptID: "a", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if r.URL != "" {
			t.Errorf("receipt URL %q: a file of one machine, or none", r.URL)
		}
		want = append([]string{r.RemoteID}, want...) // newest first
	}
	for i, c := range replicas {
		got, err := c.Posted(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range got {
			ids = append(ids, p.RemoteID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("replica %d lists %v, want %v", i, ids, want)
		}
		if !strings.Contains(c.Folder(), "shared database") {
			t.Errorf("replica %d says its outbox is %q", i, c.Folder())
		}
		recent, err := c.Recent(ctx, time.Now().Add(-time.Minute))
		if err != nil || len(recent) != 2 {
			t.Errorf("replica %d: Recent = %v, %v; want both posts", i, recent, err)
		}
		m, err := c.Engagement(ctx, append(slices.Clone(want), "preview-01ARZ3NDEKTSV4RRFFQ69G5FAV"))
		if err != nil || len(m) != 2 {
			t.Errorf("replica %d: Engagement = %v, %v; want a snapshot of each kept post only", i, m, err)
		}
	}

	// A record the store may or may not have committed is an unknown
	// outcome (Recent tells), not a failure to retry blindly.
	shared.fail = errors.New("connection reset")
	_, err := replicas[0].Publish(ctx, post.Outgoing{PostID: post.NewID(time.Now()), AttemptID: "b", Text: "Lost answer."})
	if channels.ClassOf(err) != channels.OutcomeUnknown {
		t.Errorf("publish with the store not answering: %v (class %v), want OutcomeUnknown", err, channels.ClassOf(err))
	}
	if _, err := replicas[0].Verify(ctx); err == nil {
		t.Errorf("Verify with the store not answering: no error")
	}
}

// TestKindKeepsInTheSharedStore: given a shared store, the preview kind
// keeps its records there, also when the config names a folder (one
// machine's, which config.example.toml sets), and says the folder is not
// used; without one it writes to the folder.
func TestKindKeepsInTheSharedStore(t *testing.T) {
	kind, ok := channels.Lookup("preview")
	if !ok {
		t.Fatal("preview is not registered")
	}
	for _, tc := range []struct {
		name   string
		dir    string
		kept   channels.KeptStore
		shared bool
		warns  bool
	}{
		{"bbolt, default folder", "", nil, false, false},
		{"bbolt, a folder", "out", nil, false, false},
		{"shared store", "", &memKept{}, true, false},
		{"shared store and a folder", "out", &memKept{}, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logged bytes.Buffer
			ch, err := kind.New(context.Background(), channels.Setup{ID: "preview", Options: &preview.Options{Dir: tc.dir},
				ConfigDir: t.TempDir(), StoreDir: t.TempDir(), Kept: tc.kept, Logger: slog.New(slog.NewTextHandler(&logged, nil))})
			if err != nil {
				t.Fatal(err)
			}
			if shared := strings.Contains(ch.(channels.Outbox).Folder(), "shared database"); shared != tc.shared {
				t.Errorf("outbox %q, want shared %v", ch.(channels.Outbox).Folder(), tc.shared)
			}
			if warned := strings.Contains(logged.String(), "dir is not used"); warned != tc.warns {
				t.Errorf("log %q, want the unused folder said: %v", logged.String(), tc.warns)
			}
		})
	}
}
