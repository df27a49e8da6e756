package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/practicepost/practicepost/channels"
	_ "github.com/practicepost/practicepost/channels/all" // registers every network's channels.Kind
	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/medialink"
	"github.com/practicepost/practicepost/store"
)

// buildConnectors makes the web UI's "connect account" flow of every
// channel whose kind has one and whose config has the app's credentials.
// secrets is where a flow keeps what it registers before the token (the
// OAuth app Mastodon's flow registers on the instance).
func buildConnectors(cfg *config.Config, secrets channels.SecretStore) (map[string]channels.Connector, error) {
	out := map[string]channels.Connector{}
	for i := range cfg.Channels {
		c := &cfg.Channels[i]
		kind, ok := channels.Lookup(c.Kind)
		if !ok || kind.Connector == nil {
			continue
		}
		s := cfg.Setup(c)
		s.Secrets = secrets
		cn, err := kind.Connector(s)
		if err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.ID, err)
		}
		if cn != nil {
			out[c.ID] = cn
		}
	}
	return out, nil
}

// buildChannels makes every configured channel through its kind. links
// makes the signed image links of kinds that need them; nil where nothing
// publishes (the CLI) or the config has no [web] public_base_url.
func buildChannels(ctx context.Context, cfg *config.Config, db store.Secrets, log *slog.Logger, links *medialink.Signer) (map[string]channels.Channel, error) {
	out := map[string]channels.Channel{}
	for i := range cfg.Channels {
		c := &cfg.Channels[i]
		kind, ok := channels.Lookup(c.Kind)
		if !ok {
			return nil, fmt.Errorf("channel %s: unknown kind %q", c.ID, c.Kind)
		}
		s := cfg.Setup(c)
		s.Secrets, s.Logger, s.Location = db, log.With("channel", c.ID), cfg.Practice.Location()
		if kept, ok := db.(channels.KeptStore); ok {
			// Replicas share the store: the preview outbox is kept there.
			s.Kept = kept
		}
		if kind.NeedsPublicMedia && links != nil {
			s.PublicMedia = links
		}
		ch, err := kind.New(ctx, s)
		if err != nil {
			return nil, fmt.Errorf("channel %s: %w", c.ID, err)
		}
		out[c.ID] = ch
	}
	return out, nil
}

// linkSigner makes the signer of public image links from [web]
// public_base_url, with its key derived from the store's secrets key; nil
// when the config sets no public address.
func linkSigner(cfg *config.Config, db daemonStore, now func() time.Time) (*medialink.Signer, error) {
	if cfg.Web.PublicBaseURL == "" {
		return nil, nil
	}
	key, err := db.DeriveKey(medialink.KeyPurpose)
	if err != nil {
		return nil, err
	}
	return medialink.NewSigner(key, cfg.Web.PublicBaseURL, time.Duration(cfg.Web.PublicLinkMinutes)*time.Minute, now)
}

// needsPublicMedia reports, by channel id, whether the channel's kind
// fetches images from public links.
func needsPublicMedia(cfg *config.Config) func(channel string) bool {
	needs := map[string]bool{}
	for _, c := range cfg.Channels {
		if k, ok := channels.Lookup(c.Kind); ok && k.NeedsPublicMedia {
			needs[c.ID] = true
		}
	}
	return func(channel string) bool { return needs[channel] }
}

// publicImages gives, by channel id, how the channel's kind wants a stored
// image served through a signed link (Kind.PublicImage), nil for as stored.
func publicImages(cfg *config.Config) func(channel string) func(string, []byte) (string, []byte, error) {
	conv := map[string]func(string, []byte) (string, []byte, error){}
	for _, c := range cfg.Channels {
		if k, ok := channels.Lookup(c.Kind); ok && k.PublicImage != nil {
			conv[c.ID] = k.PublicImage
		}
	}
	return func(channel string) func(string, []byte) (string, []byte, error) { return conv[channel] }
}
