package licenses

import (
	"regexp"
	"strings"
)

// detectors name a licence from the words its text cannot do without. Order
// matters: the GNU family is tested before anything a GPL text might quote,
// and BSD-3 (the "Neither the name" clause) before BSD-2.
var detectors = []struct {
	id    string
	match func(t string) bool
}{
	{"AGPL-3.0", has("gnu affero general public license")},
	{"LGPL", has("gnu lesser general public license", "gnu library general public license")},
	{"GPL", has("gnu general public license")},
	{"MPL-2.0", has("mozilla public license version 2.0", "mozilla public license, version 2.0", "mozilla public license, v. 2.0")},
	{"Apache-2.0", func(t string) bool {
		return strings.Contains(t, "apache license") && strings.Contains(t, "version 2.0")
	}},
	{"FTL", has("the freetype project license")},
	{"OFL-1.1", has("sil open font license version 1.1", "sil open font license, version 1.1")},
	{"CC-BY-SA-4.0", has("creative commons attribution-sharealike 4.0")},
	{"CC-BY-4.0", has("creative commons attribution 4.0 international")},
	{"CC0-1.0", has("cc0 1.0 universal")},
	{"Unlicense", has("this is free and unencumbered software released into the public domain")},
	{"ISC", has("permission to use, copy, modify, and or distribute this software for any purpose with or without fee")},
	{"MIT", has("permission is hereby granted, free of charge, to any person obtaining a copy")},
	{"BSD-3-Clause", func(t string) bool {
		return strings.Contains(t, "redistribution and use in source and binary forms") &&
			strings.Contains(t, "neither the name") && strings.Contains(t, "may be used to endorse or promote")
	}},
	{"BSD-2-Clause", has("redistribution and use in source and binary forms")},
}

func has(phrases ...string) func(string) bool {
	return func(t string) bool {
		for _, p := range phrases {
			if strings.Contains(t, p) {
				return true
			}
		}
		return false
	}
}

// space also folds "/" so that comment marks vanish; "and/or" reads "and or".
var space = regexp.MustCompile(`[\s*#>/]+`)

// Detect names the licence of a licence file's text as an SPDX identifier
// ("MIT", "BSD-3-Clause", "Apache-2.0", ...; "GPL" and "LGPL" for the whole
// GNU family, whatever the version), or "" when the text is none it knows.
// Line breaks, comment marks and case do not matter.
func Detect(text string) string {
	t := space.ReplaceAllString(strings.ToLower(text), " ")
	for _, d := range detectors {
		if d.match(t) {
			return d.id
		}
	}
	return ""
}

// copyleft reports whether a licence obliges whoever ships the work to ship
// their own work under it too (or, for the non-commercial ones, forbids what
// a practice does). Such data may not be embedded, and such code not linked.
func copyleft(id string) bool {
	u := strings.ToUpper(id)
	for _, p := range []string{"GPL", "LGPL", "AGPL", "CC-BY-SA", "CC-BY-NC", "EUPL", "OSL", "SSPL"} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}

// dataLicences are the licences embedded data may carry. Each is permissive
// or public domain; the ones not in needsText ask for their text to ship.
var dataLicences = map[string]bool{
	"Apache-2.0": true, "MIT": true, "BSD-2-Clause": true, "BSD-3-Clause": true, "ISC": true,
	"CC0-1.0": true, "CC-BY-3.0": true, "CC-BY-4.0": true, "Unlicense": true, "public-domain": true,
	"Unicode-DFS-2016": true, "Unicode-3.0": true, "OFL-1.1": true, "Zlib": true,
	"WordNet": true, // BSD-like: use, copy, modify and distribute with the notice kept
}

// noText are the licences whose text need not ship with the data.
var noText = map[string]bool{"CC0-1.0": true, "Unlicense": true, "public-domain": true}

// codeLicences are the licences a linked module may carry: the data ones plus
// file-level copyleft (MPL-2.0 binds only changes to its own files) and the
// FreeType licence (BSD-like, with a credit in the documentation).
var codeLicences = map[string]bool{"MPL-2.0": true, "FTL": true}

func codeLicenceOK(id string) bool { return dataLicences[id] || codeLicences[id] }
