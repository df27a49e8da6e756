package twittertext

import "unicode/utf8"

// Link is a URL found in text, as byte offsets into the text as given
// (not normalized): text[Start:End].
type Link struct {
	Start, End int
	// Protocol says the link was typed with "http://" or "https://";
	// without it, twitter-text still links a bare host ("example.com").
	Protocol bool
}

// Links returns the URLs twitter-text's extractUrlsWithIndices finds in
// text, in order and not overlapping. Mastodon measures statuses with the
// same extractor (its StatusLengthValidator, with
// extract_url_without_protocol false), so the Mastodon adapter finds
// links with it too. Invalid UTF-8 bytes are read as U+FFFD.
func Links(text string) []Link {
	rs := []rune(text)
	spans := extractURLs(rs)
	if len(spans) == 0 {
		return nil
	}
	// Rune index → byte offset; an invalid byte is one rune of one byte.
	offsets := make([]int, 0, len(rs)+1)
	for i := 0; i < len(text); {
		offsets = append(offsets, i)
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	offsets = append(offsets, len(text))
	out := make([]Link, 0, len(spans))
	for _, s := range spans {
		out = append(out, Link{Start: offsets[s.start], End: offsets[s.end], Protocol: protocolLen(rs[s.start:s.end]) > 0})
	}
	return out
}
