package main

import (
	"fmt"
	"log/slog"
	"path/filepath"

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
type channelBuilder func(c config.Channel, cfg *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error)

// channelKinds is the registry of adapters: one entry per kind, so adding
// a network is one line here and a package under channels/.
var channelKinds = map[string]channelBuilder{
	"x": func(c config.Channel, _ *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error) {
		return x.New(x.Config{ID: c.ID, APIBase: c.APIBase,
			ConsumerKey: c.ConsumerKey.Reveal(), ConsumerSecret: c.ConsumerSecret.Reveal(),
			AccessToken: c.AccessToken.Reveal(), AccessTokenSecret: c.AccessTokenSecret.Reveal(),
			ClientID: c.ClientID, ClientSecret: c.ClientSecret.Reveal(), RefreshToken: c.RefreshToken.Reveal(),
			Secrets: db, Logger: log})
	},
	"facebook": func(c config.Channel, _ *config.Config, _ *store.DB, log *slog.Logger) (channels.Channel, error) {
		return facebook.New(facebook.Config{ID: c.ID, APIBase: c.APIBase, PageID: c.PageID,
			PageAccessToken: c.PageAccessToken.Reveal(), GraphVersion: c.GraphVersion,
			AppSecret: c.AppSecret.Reveal(), Logger: log})
	},
	"linkedin": func(c config.Channel, _ *config.Config, _ *store.DB, log *slog.Logger) (channels.Channel, error) {
		return linkedin.New(linkedin.Config{ID: c.ID, APIBase: c.APIBase, OrganizationID: c.OrganizationID,
			AccessToken: c.AccessToken.Reveal(), APIVersion: c.APIVersion, TokenExpires: c.TokenExpiry(), Logger: log})
	},
	"preview": func(c config.Channel, cfg *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		dir := c.Dir
		if dir == "" {
			dir = filepath.Join(cfg.Store.Dir, "preview")
		}
		return preview.New(preview.Config{ID: c.ID, Dir: dir})
	},
	"manual": func(c config.Channel, _ *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		return manual.New(manual.Config{ID: c.ID, Network: c.Network, URL: c.URL})
	},
}

// buildChannels makes every configured channel.
func buildChannels(cfg *config.Config, db *store.DB, log *slog.Logger) (map[string]channels.Channel, error) {
	out := map[string]channels.Channel{}
	for _, c := range cfg.Channels {
		build, ok := channelKinds[c.Kind]
		if !ok {
			return nil, fmt.Errorf("channel %s: unknown kind %q", c.ID, c.Kind)
		}
		ch, err := build(c, cfg, db, log.With("channel", c.ID))
		if err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.ID, err)
		}
		out[c.ID] = ch
	}
	return out, nil
}
