package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/practicepost/practicepost/calendar"
	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/localapi"
	"github.com/practicepost/practicepost/post"
	"github.com/practicepost/practicepost/store"
)

// Pong answers Ping: which process is serving.
type Pong struct {
	PID int `json:"pid"`
}

// BackupRequest asks for a backup written to Path (absolute).
type BackupRequest struct {
	Path string `json:"path"`
	// Force replaces an existing file (never the live database).
	Force bool `json:"force,omitempty"`
}

// BackupResult reports a finished backup.
type BackupResult struct {
	Path  string `json:"path"`
	Bytes int64  `json:"bytes"`
}

// AuditVerifyResult reports an audit chain check.
type AuditVerifyResult struct {
	Entries uint64            `json:"entries"`
	Break   *store.AuditBreak `json:"break,omitempty"`
}

// apiMux registers every method the CLI calls. daemon is non-nil when the
// mux serves the socket of a running daemon.
func apiMux(svc *calendar.Service, db daemonStore, practice string, chans map[string]channels.Channel) *localapi.Mux {
	m := localapi.NewMux(nil)
	localapi.Handle(m, "Ping", func(context.Context, struct{}) (Pong, error) {
		return Pong{PID: os.Getpid()}, nil
	})
	localapi.Handle(m, "ChannelPause", svc.ChannelPaused)
	localapi.Handle(m, "VerifyChannel", func(ctx context.Context, id string) (post.Account, error) {
		ch, ok := chans[id]
		if !ok {
			return post.Account{}, post.Errorf(post.ENotFound, "no channel %q in the config", id)
		}
		acct, err := ch.Verify(ctx)
		if err != nil {
			return acct, post.Errorf(post.EConflict, "channel %s: %v", id, err)
		}
		return acct, nil
	})
	localapi.Handle(m, "StoreHealth", func(ctx context.Context, _ struct{}) (StoreHealth, error) {
		return storeHealth(ctx, db)
	})
	localapi.Handle(m, "ChannelHealth", func(ctx context.Context, id string) (ChannelHealth, error) {
		return channelHealth(ctx, chans, id)
	})
	localapi.Handle(m, "UserRole", func(ctx context.Context, name string) (post.Role, error) {
		return svc.UserRole(ctx, name)
	})
	localapi.Handle(m, "AddPost", svc.AddPost)
	localapi.Handle(m, "EditPost", svc.EditPost)
	localapi.Handle(m, "GetPost", svc.GetPost)
	localapi.Handle(m, "ListPosts", svc.ListPosts)
	localapi.Handle(m, "CancelPost", svc.CancelPost)
	localapi.Handle(m, "HoldPost", svc.HoldPost)
	localapi.Handle(m, "ReleasePost", svc.ReleasePost)
	localapi.Handle(m, "Review", svc.Review)
	localapi.Handle(m, "CheckCredential", svc.CheckCredential)
	localapi.Handle(m, "ReviewQueue", svc.ReviewQueue)
	localapi.Handle(m, "Calendar", svc.Calendar)
	localapi.Handle(m, "Days", svc.Days)
	localapi.Handle(m, "ImportCSV", svc.ImportCSV)
	localapi.Handle(m, "AddAuthorization", svc.AddAuthorization)
	localapi.Handle(m, "ListAuthorizations", svc.ListAuthorizations)
	localapi.Handle(m, "RevokeAuthorization", svc.RevokeAuthorization)
	localapi.Handle(m, "AddUser", svc.AddUser)
	localapi.Handle(m, "ListUsers", svc.ListUsers)
	localapi.Handle(m, "SetPassword", svc.SetPassword)
	localapi.Handle(m, "DisableUser", svc.DisableUser)
	localapi.Handle(m, "SetRole", svc.SetRole)
	localapi.Handle(m, "RemoveUser", svc.RemoveUser)
	localapi.Handle(m, "EditUser", svc.EditUser)
	localapi.Handle(m, "PauseAll", svc.PauseAll)
	localapi.Handle(m, "ResumeAll", svc.ResumeAll)
	localapi.Handle(m, "Emergency", svc.Emergency)
	localapi.Handle(m, "Counts", svc.Counts)
	localapi.Handle(m, "ConfirmManual", svc.ConfirmManual)
	localapi.Handle(m, "FillEvergreen", svc.FillEvergreen)
	localapi.Handle(m, "Slots", func(ctx context.Context, q calendar.CalendarQuery) (map[string][]string, error) {
		out := map[string][]string{}
		for _, c := range svc.Channels() {
			for _, t := range svc.SlotsBetween(c.ID, q.From, q.To) {
				out[c.ID] = append(out[c.ID], t.Format("2006-01-02T15:04:05Z07:00"))
			}
		}
		return out, nil
	})
	localapi.Handle(m, "Report", func(ctx context.Context, req ReportRequest) ([]byte, error) {
		return buildReport(ctx, svc, practice, req)
	})
	localapi.Handle(m, "Backup", func(ctx context.Context, req BackupRequest) (BackupResult, error) {
		if !filepath.IsAbs(req.Path) {
			return BackupResult{}, post.Errorf(post.EInvalid, "the backup path must be absolute")
		}
		n, err := db.BackupFile(ctx, req.Path, req.Force)
		return BackupResult{Path: req.Path, Bytes: n}, err
	})
	localapi.Handle(m, "AuditVerify", func(ctx context.Context, _ struct{}) (AuditVerifyResult, error) {
		brk, n, err := db.VerifyAudit(ctx)
		return AuditVerifyResult{Entries: n, Break: brk}, err
	})
	localapi.Handle(m, "AuditEntries", func(ctx context.Context, from uint64) ([]post.AuditEntry, error) {
		var out []post.AuditEntry
		err := db.AuditEntries(ctx, from, func(e post.AuditEntry) error { out = append(out, e); return nil })
		return out, err
	})
	return m
}
