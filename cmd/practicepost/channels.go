package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/manual"
	"github.com/practicepost/practicepost/channels/preview"
	"github.com/practicepost/practicepost/channels/x"
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/store"
)

// channelBuilder makes one kind of channel from its config entry.
type channelBuilder func(ctx context.Context, c config.Channel, cfg *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error)

// channelKinds is the registry of adapters: one entry per kind, so adding
// a network is one line here and a package under channels/.
var channelKinds = map[string]channelBuilder{
	"x": func(_ context.Context, c config.Channel, _ *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error) {
		return x.New(x.Config{ID: c.ID, APIBase: c.APIBase,
			ConsumerKey: c.ConsumerKey.Reveal(), ConsumerSecret: c.ConsumerSecret.Reveal(),
			AccessToken: c.AccessToken.Reveal(), AccessTokenSecret: c.AccessTokenSecret.Reveal(),
			ClientID: c.ClientID, ClientSecret: c.ClientSecret.Reveal(), RefreshToken: c.RefreshToken.Reveal(),
			Secrets: db, Logger: log})
	},
	"facebook": func(ctx context.Context, c config.Channel, _ *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error) {
		token := c.PageAccessToken.Reveal()
		// A Page token from the web UI's connect flow wins over the config's.
		stored, err := db.LoadSecret(ctx, "facebook/"+c.ID+"/page-token")
		if err != nil {
			return nil, err
		}
		if len(stored) > 0 {
			token = string(stored)
		}
		return facebook.New(facebook.Config{ID: c.ID, APIBase: c.APIBase, PageID: c.PageID,
			PageAccessToken: token, GraphVersion: c.GraphVersion, AppSecret: c.AppSecret.Reveal(), Logger: log})
	},
	"linkedin": func(ctx context.Context, c config.Channel, _ *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error) {
		token, expires := c.AccessToken.Reveal(), c.TokenExpiry()
		// A token from the web UI's connect flow wins over the config's.
		stored, err := db.LoadSecret(ctx, "linkedin/"+c.ID+"/token")
		if err != nil {
			return nil, err
		}
		if len(stored) > 0 {
			var t struct {
				AccessToken string    `json:"access_token"`
				Expires     time.Time `json:"expires"`
			}
			if err := json.Unmarshal(stored, &t); err != nil {
				return nil, fmt.Errorf("the stored LinkedIn token is not readable; reconnect the channel: %w", err)
			}
			token, expires = t.AccessToken, t.Expires
		}
		return linkedin.New(linkedin.Config{ID: c.ID, APIBase: c.APIBase, OrganizationID: c.OrganizationID,
			AccessToken: token, APIVersion: c.APIVersion, TokenExpires: expires, Logger: log})
	},
	"preview": func(_ context.Context, c config.Channel, cfg *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		dir := c.Dir
		if dir == "" {
			dir = filepath.Join(cfg.Store.Dir, "preview")
		}
		return preview.New(preview.Config{ID: c.ID, Dir: dir})
	},
	"manual": func(_ context.Context, c config.Channel, _ *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		return manual.New(manual.Config{ID: c.ID, Network: c.Network, URL: c.URL})
	},
}

// buildChannels makes every configured channel.
func buildChannels(ctx context.Context, cfg *config.Config, db *store.DB, log *slog.Logger) (map[string]channels.Channel, error) {
	out := map[string]channels.Channel{}
	for _, c := range cfg.Channels {
		build, ok := channelKinds[c.Kind]
		if !ok {
			return nil, fmt.Errorf("channel %s: unknown kind %q", c.ID, c.Kind)
		}
		ch, err := build(ctx, c, cfg, db, log.With("channel", c.ID))
		if err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.ID, err)
		}
		out[c.ID] = ch
	}
	return out, nil
}
