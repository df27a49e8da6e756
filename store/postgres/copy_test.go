package postgres

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// seed writes one of everything a store keeps, through the contract.
func seed(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	var img bytes.Buffer
	pic := image.NewRGBA(image.Rect(0, 0, 4, 3))
	pic.Set(1, 1, color.RGBA{10, 200, 10, 255})
	if err := png.Encode(&img, pic); err != nil {
		t.Fatal(err)
	}
	m, err := s.SaveMedia(ctx, &img, post.Media{Name: "a.png", ContentType: "image/png", ShowsPatient: true})
	if err != nil {
		t.Fatal(err)
	}
	auth := &post.Authorization{ID: post.NewID(t0), PatientRef: "chart 9", Granted: t0, CreatedBy: "ann"}
	var ids []post.ID
	err = s.Update(ctx, func(tx store.Tx) error {
		if err := tx.PutUser(&post.User{Name: "ann", Role: post.RoleAdmin, CreatedAt: t0}, store.Audit{Actor: "cli", Action: "user.create"}); err != nil {
			return err
		}
		if err := tx.PutAuthorization(auth, store.Audit{Actor: "ann", Action: "authorization.create"}); err != nil {
			return err
		}
		for i, chs := range [][]string{{"x", "fb"}, {"x"}, {"linkedin"}} {
			p := &post.Post{ID: post.NewID(t0.Add(time.Duration(i) * time.Second)), Body: "Flu shots ✓ " + chs[0], Channels: chs,
				Author: "ann", Status: post.StatusScheduled, Tags: []string{"flu"}, Media: []post.Media{m},
				Schedule: post.Schedule{At: t0.Add(time.Hour)}, Deliveries: map[string]*post.Delivery{}}
			for _, ch := range chs {
				p.Deliveries[ch] = &post.Delivery{Channel: ch, State: post.DeliveryPending, DueAt: t0.Add(time.Hour)}
			}
			if i == 1 {
				p.AuthorizationID = auth.ID
			}
			if i == 2 {
				p.Status, p.Evergreen = post.StatusPublished, true
				p.Deliveries["linkedin"].State, p.Deliveries["linkedin"].PublishedAt, p.Deliveries["linkedin"].RemoteID = post.DeliveryPublished, t0, "li-1"
			}
			if err := tx.InsertPost(p, store.Audit{Actor: "ann", Action: "post.create"}); err != nil {
				return err
			}
			ids = append(ids, p.ID)
		}
		if err := tx.AddReview(&post.Review{ID: post.NewID(t0), PostID: ids[0], Reviewer: "doc", Decision: post.DecisionApprove,
			Overrides: map[string]string{"r1": "fine"}}); err != nil {
			return err
		}
		if err := tx.PutSetting("digest", map[string]int{"hour": 7}, store.Audit{Actor: "ann", Action: "setting.set"}); err != nil {
			return err
		}
		if err := tx.PutEmergencyStop(store.EmergencyStop{By: "doc", At: t0}, store.Audit{Actor: "doc", Action: "emergency.resume"}); err != nil {
			return err
		}
		for _, a := range []store.Alert{{Kind: "failed", PostID: ids[0], Channel: "x", Message: "failed on x"}, {Kind: "held", Message: "held"}} {
			if _, err := tx.PutAlert(&a); err != nil {
				return err
			}
		}
		for i, ch := range []string{"linkedin", "linkedin", "x"} {
			if err := tx.PutSnapshot(ids[2], ch, post.Metrics{RemoteID: "li-1", At: t0.Add(time.Duration(i) * time.Hour)}); err != nil {
				return err
			}
		}
		for _, c := range []*store.StoredComment{
			{PostID: ids[2], Channel: "linkedin", Comment: post.Comment{RemoteID: "c1", Text: "Thanks!"}},
			{Channel: "gbp", Review: true, Rating: 5, Comment: post.Comment{RemoteID: "r1", Text: "Great clinic"}},
		} {
			if _, err := tx.PutComment(c); err != nil {
				return err
			}
		}
		if err := tx.PutCollection(&store.Collect{PostID: ids[2], Channel: "linkedin", RemoteID: "li-1", PublishedAt: t0, Next: t0.Add(24 * time.Hour)}); err != nil {
			return err
		}
		if err := tx.SetEvergreenUse(ids[2], t0.Add(48*time.Hour)); err != nil {
			return err
		}
		return tx.PutImport(store.ImportRecord{ID: "abc123", Name: "march.csv", Actor: "ann", At: t0, Posts: 3, First: ids[0]})
	})
	if err != nil {
		t.Fatal(err)
	}
	alerts, err := s.Alerts(ctx, true)
	if err != nil || len(alerts) != 2 {
		t.Fatalf("alerts: %v %v", alerts, err)
	}
	if _, err := s.AckAlert(ctx, alerts[0].ID, "doc"); err != nil {
		t.Fatal(err)
	}
	for i, tok := range []string{"sess-1", "sess-2"} {
		if err := s.CreateSession(ctx, tok, store.Session{User: "ann", CSRF: "c", Created: t0, Expires: t0.Add(time.Duration(i+1) * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.CreateAPIToken(ctx, "api-secret", store.APIToken{ID: "t1", User: "ann", Name: "cli", Created: t0}, "ann"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSecret(ctx, "x/x-main/oauth2-token", []byte("refresh-me")); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveRevision(ctx, store.Revision{PostID: ids[0], Body: "Flu shots", By: "doc", At: t0}); err != nil {
		t.Fatal(err)
	}
}

// TestCopyRoundTrip: bbolt -> Postgres -> bbolt copies every record: the
// three stores' dumps are the same bytes, each audit trail verifies, and
// the copies answer like the original (due deliveries, a secret, an image).
func TestCopyRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src, err := store.Open(ctx, dir, store.Options{Now: fixedClock})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	seed(t, src)

	dsn := pgtest.DB(t)
	pg, err := Open(ctx, dsn, Options{Now: fixedClock, KeyFile: filepath.Join(dir, store.KeyFileName)})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	res, err := store.Copy(ctx, src, pg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Records < 30 || res.Audit < 10 {
		t.Errorf("copied %d records, %d audit entries: less than was seeded", res.Records, res.Audit)
	}

	back := t.TempDir()
	key, err := os.ReadFile(filepath.Join(dir, store.KeyFileName))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(back, store.KeyFileName), key, 0o600); err != nil {
		t.Fatal(err)
	}
	dst, err := store.Open(ctx, back, store.Options{Now: fixedClock, Init: true})
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	res2, err := store.Copy(ctx, pg, dst)
	if err != nil {
		t.Fatal(err)
	}
	if res2.Digest != res.Digest {
		t.Errorf("the dump after bbolt -> Postgres -> bbolt is %s, the original's %s", res2.Digest, res.Digest)
	}

	for name, s := range map[string]store.Store{"postgres": pg, "bbolt copy": dst} {
		var due []store.DueItem
		if err := s.View(ctx, func(tx store.Tx) error {
			var err error
			due, err = tx.Due(t0.Add(2*time.Hour), 10)
			return err
		}); err != nil || len(due) != 3 {
			t.Errorf("%s: due %v %v, want the 3 pending deliveries", name, due, err)
		}
		if v, err := s.LoadSecret(ctx, "x/x-main/oauth2-token"); err != nil || string(v) != "refresh-me" {
			t.Errorf("%s: secret %q %v", name, v, err)
		}
		if kinds, err := s.AlertKinds(ctx); err != nil || len(kinds) != 1 {
			t.Errorf("%s: open alerts %v %v, want the one not acknowledged", name, kinds, err)
		}
	}

	// Keys derived from the secrets key (the image links' signer) agree.
	want, err := src.DeriveKey("media-links")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := pg.DeriveKey("media-links"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("Postgres derives another media-links key (%v)", err)
	}

	// Into a store that holds something: refused, nothing changed.
	if _, err := store.Copy(ctx, src, pg); post.ErrorCode(err) != post.EConflict {
		t.Errorf("a copy into a store holding data: %v, want a conflict", err)
	}
}
