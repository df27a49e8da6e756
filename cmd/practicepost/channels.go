package main

import (
	"context"
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
		// A Page token from the web UI's connect flow wins over the
		// config's, and is picked up without a restart.
		return channels.NewConnectable(ctx, db, facebook.PageTokenSecretName(c.ID), func(stored []byte) (channels.Channel, error) {
			token := c.PageAccessToken.Reveal()
			if len(stored) > 0 {
				token = string(stored)
			}
			if token == "" {
				return channels.NotConnected(c.ID, "Facebook Page"), nil
			}
			return facebook.New(facebook.Config{ID: c.ID, APIBase: c.APIBase, PageID: c.PageID, AppID: c.AppID,
				PageAccessToken: token, GraphVersion: c.GraphVersion, AppSecret: c.AppSecret.Reveal(), Logger: log})
		})
	},
	"linkedin": func(ctx context.Context, c config.Channel, _ *config.Config, db *store.DB, log *slog.Logger) (channels.Channel, error) {
		return channels.NewConnectable(ctx, db, linkedin.TokenSecretName(c.ID), func(stored []byte) (channels.Channel, error) {
			token, expires := c.AccessToken.Reveal(), c.TokenExpiry()
			if len(stored) > 0 {
				t, err := linkedin.ParseStoredToken(stored)
				if err != nil {
					return nil, channels.Errorf(channels.AuthExpired, "the stored LinkedIn token is not readable; reconnect the channel")
				}
				token, expires = t.AccessToken, t.Expires
			}
			if token == "" {
				return channels.NotConnected(c.ID, "LinkedIn page"), nil
			}
			return linkedin.New(linkedin.Config{ID: c.ID, APIBase: c.APIBase, OrganizationID: c.OrganizationID,
				AccessToken: token, APIVersion: c.APIVersion, TokenExpires: expires, Logger: log})
		})
	},
	"preview": func(_ context.Context, c config.Channel, cfg *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		dir := c.Dir
		if dir == "" {
			dir = filepath.Join(cfg.Store.Dir, "preview")
		}
		return preview.New(preview.Config{ID: c.ID, Dir: dir, Location: cfg.Practice.Location()})
	},
	"manual": func(_ context.Context, c config.Channel, _ *config.Config, _ *store.DB, _ *slog.Logger) (channels.Channel, error) {
		return manual.New(manual.Config{ID: c.ID, Network: c.Network, URL: c.URL})
	},
}

// connectorKinds build the web UI's "connect account" flow of a channel
// whose config has the app's credentials; nil without them.
var connectorKinds = map[string]func(c config.Channel) (channels.Connector, error){
	"x": func(c config.Channel) (channels.Connector, error) {
		if c.ClientID == "" {
			return nil, nil // OAuth 1.0a keys in the config: nothing to connect
		}
		return x.NewConnector(x.ConnectConfig{ChannelID: c.ID, ClientID: c.ClientID, ClientSecret: c.ClientSecret.Reveal(),
			APIBase: c.APIBase, AuthSite: c.AuthBase, Handle: c.Handle})
	},
	"facebook": func(c config.Channel) (channels.Connector, error) {
		if c.AppID == "" || c.AppSecret == "" || c.PageID == "" {
			return nil, nil
		}
		return facebook.PageConnector{ChannelID: c.ID, PageID: c.PageID, AuthSite: c.AuthBase,
			Connector: facebook.Connector{APIBase: c.APIBase, GraphVersion: c.GraphVersion, AppID: c.AppID, AppSecret: c.AppSecret.Reveal()}}, nil
	},
	"linkedin": func(c config.Channel) (channels.Connector, error) {
		if c.ClientID == "" || c.ClientSecret == "" {
			return nil, nil
		}
		return linkedin.NewConnector(linkedin.ConnectConfig{ChannelID: c.ID, ClientID: c.ClientID, ClientSecret: c.ClientSecret.Reveal(),
			OrganizationID: c.OrganizationID, APIVersion: c.APIVersion, APIBase: c.APIBase, AuthSite: c.AuthBase})
	},
}

// buildConnectors makes the connect flow of every channel that has one.
func buildConnectors(cfg *config.Config) (map[string]channels.Connector, error) {
	out := map[string]channels.Connector{}
	for _, c := range cfg.Channels {
		build, ok := connectorKinds[c.Kind]
		if !ok {
			continue
		}
		cn, err := build(c)
		if err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.ID, err)
		}
		if cn != nil {
			out[c.ID] = cn
		}
	}
	return out, nil
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
