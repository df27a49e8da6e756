package config

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"github.com/practicepost/practicepost/channels"
)

// Channel is one configured account. Config decodes the keys every
// channel has; all other keys of a [[channels]] block belong to its kind
// (a registered channels.Kind), which decodes them strictly into Options.
// A key the kind does not know is an error with its line, so a credential
// pasted into the wrong block is caught at load time rather than at 9 a.m.
// on Monday.
type Channel struct {
	ID      string   `toml:"id"`       // [a-z0-9][a-z0-9-]{0,31}, unique
	Kind    string   `toml:"kind"`     // the name of a registered channels.Kind
	Name    string   `toml:"name"`     // shown in the UI; default ID
	APIBase string   `toml:"api_base"` // override of the platform's API base URL (fakes in tests)
	Slots   []string `toml:"slots"`    // cron expressions (5 fields) in the practice time zone
	Paused  bool     `toml:"paused"`
	// Options are the kind's own settings, as its Kind.Options made them:
	// decoded, secrets resolved and checked. Nil when the kind is unknown
	// (Load refuses such a file).
	Options channels.Options `toml:"-"`
}

// commonKeys are the keys config decodes into Channel itself.
var commonKeys = []string{"id", "kind", "name", "api_base", "slots", "paused"}

// Setup is what the channel's kind builds it from. The caller adds the
// secret store and the logger.
func (c *Config) Setup(ch *Channel) channels.Setup {
	return channels.Setup{ID: ch.ID, Name: ch.Name, APIBase: ch.APIBase, Options: ch.Options,
		ConfigDir: c.baseDir, StoreDir: c.Store.Dir}
}

// decodeChannels decodes each [[channels]] block: the common keys into
// Channel, the rest into its kind's Options. It returns the channels and
// the keys that are unknown or of the wrong type.
func decodeChannels(raw []map[string]any) ([]Channel, []keyError) {
	var errs []keyError
	out := make([]Channel, len(raw))
	for i, m := range raw {
		key := fmt.Sprintf("channels[%d]", i)
		common, own := map[string]any{}, map[string]any{}
		for k, v := range m {
			if slices.Contains(commonKeys, k) {
				common[k] = v
			} else {
				own[k] = v
			}
		}
		ch := &out[i]
		if err := decodeStrict(common, ch); err != nil {
			errs = append(errs, decodeKeyErrors(key, err)...)
			continue
		}
		kind, known := channels.Lookup(ch.Kind)
		for _, k := range slices.Sorted(maps.Keys(own)) {
			if msg, bad := foreignKey(k, ch, kind, known); bad {
				errs = append(errs, keyError{key + "." + k, msg})
				delete(own, k)
			}
		}
		if !known {
			continue // validate names the kind
		}
		opts := kind.Options()
		if err := decodeStrict(own, opts); err != nil {
			errs = append(errs, decodeKeyErrors(key, err)...)
			continue
		}
		ch.Options = opts
	}
	return out, errs
}

// foreignKey says whether key does not belong in ch's block, and why: a
// key of another kind is named as such, anything else is unknown.
func foreignKey(key string, ch *Channel, kind channels.Kind, known bool) (string, bool) {
	if known && slices.Contains(kind.Keys(), key) {
		return "", false
	}
	var owners []string
	for _, k := range channels.Kinds() {
		if slices.Contains(k.Keys(), key) {
			owners = append(owners, k.Name)
		}
	}
	switch {
	case len(owners) == 0:
		return unknownKeyMessage(key), true
	case !known:
		return "", false // a setting of some kind: the kind itself is wrong
	}
	article := "a"
	if strings.ContainsRune("aeiox", rune(owners[0][0])) {
		article = "an"
	}
	return fmt.Sprintf("%s is %s %s setting; channel %q is kind %s", key, article, strings.Join(owners, " and "), ch.ID, ch.Kind), true
}

// decodeStrict decodes one channel's keys into v, refusing unknown ones.
// The keys were read from the file already; writing them back out is the
// simplest way to decode a part of a document with go-toml's rules.
func decodeStrict(m map[string]any, v any) error {
	b, err := toml.Marshal(m)
	if err != nil {
		return err
	}
	return toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields().Decode(v)
}

// decodeKeyErrors turns decodeStrict's error into problems under prefix.
func decodeKeyErrors(prefix string, err error) []keyError {
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var out []keyError
		for i := range strict.Errors {
			k := prefix + "." + strings.Join(strict.Errors[i].Key(), ".")
			out = append(out, keyError{k, unknownKeyMessage(k)})
		}
		return out
	}
	var de *toml.DecodeError
	if errors.As(err, &de) {
		return []keyError{{prefix + "." + strings.Join(de.Key(), "."), typeMessage(strings.TrimPrefix(de.Error(), "toml: "))}}
	}
	return []keyError{{prefix, err.Error()}}
}
