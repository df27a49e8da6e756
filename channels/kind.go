package channels

import (
	"context"
	"fmt"
	"log/slog"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/practicepost/practicepost/post"
)

// Kind is everything practicepost knows about one network, in one value
// that the network's package registers from its init function:
//
//	func init() { channels.Register(channels.Kind{Name: "x", ...}) }
//
// Nothing outside the network's package names the network: config decodes
// a channel's own keys through Options, the checklist and the preview
// measure with Limits and Measure, the daemon builds channels with New, the
// web UI connects accounts through Connector and the inbox asks CanReply.
// A network is added by writing its package (adapter, fake, Kind) and one
// blank import in channels/all; see ARCHITECTURE.md, "Adding a network".
//
// Register panics on a Kind without Name, Title, Measure, Options or New,
// and on a Name already taken: both are programming errors found at start.
type Kind struct {
	// Name is the value of kind = "..." in the config: lowercase letters,
	// digits and '-', unique.
	Name string
	// Title is the network's name as people read it ("X", "Facebook",
	// "LinkedIn"), on the preview and in messages.
	Title string
	// APIBase is the network's real API address, which a channel uses
	// unless its config sets api_base; "" for kinds that call no network.
	// `practicepost doctor` compares the server's clock with its Date.
	APIBase string

	// Limits is what the network takes in one post. Limits.MaxChars is
	// counted by Measure; 0 means no limit (preview, manual).
	Limits Limits
	// Measure counts text the way the network does (twitter-text for X,
	// UTF-16 code units for networks whose front end is JavaScript,
	// grapheme clusters for those that say so) and returns the byte
	// offset where text passes max (len(text) when it fits or max is 0).
	// The checklist, the compose page and the preview all count with it,
	// so they agree.
	Measure func(text string, max int) (n, over int)

	// Options returns a new, empty value for one channel's own settings:
	// a pointer to a struct whose fields carry toml tags. Config decodes
	// the channel's keys other than id, kind, name, api_base, slots and
	// paused into it strictly (an unknown key is an error with its file
	// and line), resolves its Secret fields (env:, file:), then calls
	// Check.
	Options func() Options
	// New builds the channel. It does no network I/O; Verify does.
	New func(ctx context.Context, s Setup) (Channel, error)
	// Connector, when not nil, builds the web UI's "connect account" flow
	// for one channel. It returns nil, nil when the channel's options leave
	// nothing to connect (credentials given whole in the config).
	Connector func(s Setup) (Connector, error)
	// NeedsPublicMedia says the network fetches a post's images itself
	// from a public address (Setup.PublicMedia) instead of taking them
	// uploaded: without [web] public_base_url a post with images cannot be
	// scheduled on its channels, and the signed image links of the web
	// server open only for posts being published on them.
	NeedsPublicMedia bool
	// PublicImage, when not nil, is what a signed public link serves this
	// network of a stored image (contentType and data as stored): Instagram
	// takes JPEG only, so its kind converts the other formats. Nil: the
	// image as stored.
	PublicImage func(contentType string, data []byte) (string, []byte, error)
	// ByHand says no API posts to this network: its channels implement
	// Manual, the scheduler turns a due post into a task for staff, and a
	// month's plan leaves them out.
	ByHand bool
	// CanReply says whether staff may answer comment c through the
	// network's API, and if not, why in plain words. Nil: the network
	// takes no replies from practicepost (they are posted by hand).
	CanReply func(c post.Comment) (ok bool, note string)
	// Topics says the network files posts by type (post.Topic: update,
	// event, offer, alert, with a button): the compose form, the JSON API
	// and the CLI take a post's type and details for its channels, and
	// the adapter reads them from post.Outgoing.Topic. Other kinds'
	// channels refuse a topic.
	Topics bool

	// Conformance is the folder, relative to the module root, of the
	// package whose tests run channeltest.Run against this kind's adapter
	// and its fake ("channels/x"). A test in channels/all fails when a
	// registered kind names none or its tests do not run the suite.
	Conformance string
}

// Options is one channel's own settings, as its Kind decodes them.
type Options interface {
	// Check returns what is wrong with the settings once decoded; none
	// when they are usable.
	Check() []Problem
}

// Problem is one thing wrong in a channel's settings. Key is the setting
// it is about ("page_id"), or "" for the channel as a whole; Message is
// plain words for the admin (config adds the file, line and key).
type Problem struct {
	Key, Message string
}

// Problemf returns a Problem about key.
func Problemf(key, format string, args ...any) Problem {
	return Problem{Key: key, Message: fmt.Sprintf(format, args...)}
}

// Setup is what New and Connector get for one configured channel.
type Setup struct {
	ID      string // the channel id, e.g. "x-main"
	Name    string // shown in the UI
	APIBase string // the network's API base URL; "" for the real one
	// Options are the channel's own settings: the value Kind.Options
	// returned, decoded, with secrets resolved and checked.
	Options Options
	// Secrets keeps, encrypted, what the connect flow stored and tokens
	// the adapter rotates; nil where nothing is stored (tests, check).
	Secrets SecretStore
	// ConfigDir is the config file's folder: relative paths in Options are
	// relative to it. StoreDir is the data folder.
	ConfigDir, StoreDir string
	Logger              *slog.Logger // never nil when built by the daemon
	// PublicMedia makes short-lived public addresses of a post's images
	// for networks that fetch images themselves (Kind.NeedsPublicMedia);
	// nil when the practice has no public address ([web] public_base_url).
	PublicMedia PublicMedia
	// Location is the practice's time zone, for what a channel writes
	// for people to read (the preview cards); nil means UTC.
	Location *time.Location
	// Kept is the shared store for what an Outbox channel keeps, set
	// when the practice's store is shared by replicas (Postgres); nil
	// where a folder of this machine is the outbox (bbolt).
	Kept KeptStore
}

// SecretStore keeps encrypted secrets; the store package implements it.
type SecretStore interface {
	// LoadSecret returns the secret, or nil, nil when absent.
	LoadSecret(ctx context.Context, name string) ([]byte, error)
	SaveSecret(ctx context.Context, name string, value []byte) error
}

var (
	kindsMu  sync.RWMutex
	kinds    = map[string]Kind{}
	kindName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)
)

// Register adds a network. It is called from the network package's init
// and panics when k is incomplete or its name is taken.
func Register(k Kind) {
	switch {
	case !kindName.MatchString(k.Name):
		panic(fmt.Sprintf("channels: Register: kind name %q is not lowercase letters, digits and '-'", k.Name))
	case k.Title == "" || k.Measure == nil || k.Options == nil || k.New == nil:
		panic(fmt.Sprintf("channels: Register: kind %q needs Title, Measure, Options and New", k.Name))
	}
	kindsMu.Lock()
	defer kindsMu.Unlock()
	if _, dup := kinds[k.Name]; dup {
		panic(fmt.Sprintf("channels: Register: kind %q registered twice", k.Name))
	}
	kinds[k.Name] = k
}

// Lookup returns the registered kind called name.
func Lookup(name string) (Kind, bool) {
	kindsMu.RLock()
	defer kindsMu.RUnlock()
	k, ok := kinds[name]
	return k, ok
}

// Kinds returns every registered kind, sorted by name.
func Kinds() []Kind {
	kindsMu.RLock()
	defer kindsMu.RUnlock()
	out := make([]Kind, 0, len(kinds))
	for _, k := range kinds {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b Kind) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// KindNames returns the names of the registered kinds, sorted.
func KindNames() []string {
	ks := Kinds()
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.Name
	}
	return out
}

// Fit is how text measures on one kind: its length as the network counts
// it, the kind's limit (0: none), whether it fits and the byte offset where
// it passes the limit (len(text) when it fits).
type Fit struct {
	Length, Limit int
	Fits          bool
	Over          int
}

// Fit measures text on k.
func (k Kind) Fit(text string) Fit {
	n, over := k.Measure(text, k.Limits.MaxChars)
	if k.Limits.MaxChars == 0 {
		over = len(text)
	}
	return Fit{Length: n, Limit: k.Limits.MaxChars, Fits: k.Limits.MaxChars == 0 || n <= k.Limits.MaxChars, Over: over}
}

// CanReply says whether staff may answer c on a channel of the named kind
// through practicepost, and if not, why.
func CanReply(kind string, c post.Comment) (bool, string) {
	k, ok := Lookup(kind)
	switch {
	case kind == "" || !ok:
		return false, "This channel is no longer configured."
	case k.CanReply == nil:
		return false, "Replies on this channel are posted by hand, not through practicepost."
	}
	return k.CanReply(c)
}

// Warner is implemented by Options whose settings work but need a person
// soon (a token given in the config that expires within days);
// `practicepost config check` shows the warnings, with file and line.
type Warner interface {
	Warnings(channelID string, now time.Time) []Problem
}

// Keys lists the config keys of k's options (their toml tags), in field
// order.
func (k Kind) Keys() []string { return k.keys(false) }

// SecretKeys lists the keys of k's options that hold credentials (fields
// of type Secret): `channels add` takes them only as env: or file:
// references.
func (k Kind) SecretKeys() []string { return k.keys(true) }

var secretType = reflect.TypeFor[Secret]()

func (k Kind) keys(secretsOnly bool) []string {
	if k.Options == nil {
		return nil
	}
	t := reflect.TypeOf(k.Options())
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || (secretsOnly && f.Type != secretType) {
			continue
		}
		if name, _, _ := strings.Cut(f.Tag.Get("toml"), ","); name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}
