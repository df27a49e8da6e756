package post

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"slices"
	"time"
)

// ContentHash returns a hex SHA-256 over everything an approval vouches for:
// the text and its variants, the channels' options (a content warning is
// words the doctor approves, and so is who sees the post), each channel's
// post type and details (Topics: a Google event's dates, its button), the
// channels, the media, the linked authorization, the reply target and the
// schedule. Any change to one of them changes the hash, and an approval
// bound to the old hash no longer counts. A post without options or topics
// hashes as it did before they existed, so no stored approval is lost.
func (p *Post) ContentHash() string {
	type variant struct{ Channel, Text string }
	vs := make([]variant, 0, len(p.Variants))
	for _, c := range slices.Sorted(maps.Keys(p.Variants)) {
		vs = append(vs, variant{c, p.Variants[c]})
	}
	type option struct {
		Channel string
		ChannelOptions
	}
	var opts []option
	for _, c := range slices.Sorted(maps.Keys(p.Options)) {
		if !p.Options[c].IsZero() {
			opts = append(opts, option{c, p.Options[c]})
		}
	}
	media := make([]string, 0, len(p.Media))
	for _, m := range p.Media {
		media = append(media, m.Hash+"|"+m.AltText)
	}
	// Left out when empty, so the hash of a post without topics is what
	// it was before topics existed and no stored approval is voided.
	type topic struct {
		Channel string
		Topic   Topic
	}
	var topics []topic
	for _, c := range slices.Sorted(maps.Keys(p.Topics)) {
		if !p.Topics[c].IsZero() {
			topics = append(topics, topic{c, p.Topics[c]})
		}
	}
	channels := slices.Clone(p.Channels)
	slices.Sort(channels)
	canon := struct {
		Body          string
		Variants      []variant
		Channels      []string
		Media         []string
		Authorization string
		Reply         *ReplyTarget
		At            string
		NextSlot      bool
		Options       []option `json:",omitempty"`
		Topics        []topic  `json:",omitempty"`
	}{p.Body, vs, channels, media, p.AuthorizationID, p.Reply, "", p.Schedule.NextSlot, opts, topics}
	if !p.Schedule.At.IsZero() {
		canon.At = p.Schedule.At.UTC().Format(time.RFC3339)
	}
	b, _ := json.Marshal(canon) // cannot fail: plain strings and bools
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// TextHash returns a hex SHA-256 of one channel's text, recorded with a
// publishing attempt so reconciliation can match what was sent.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
