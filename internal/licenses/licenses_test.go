package licenses

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepositoryRecorded is the check CI runs: every module linked into
// practicepost and every embedded file has a recorded licence, no embedded
// data is copyleft, and NOTICE and THIRD_PARTY.md are up to date.
func TestRepositoryRecorded(t *testing.T) {
	t.Parallel()
	if err := Check(context.Background(), "../..", Options{Binary: "./cmd/practicepost"}); err != nil {
		t.Fatal(err)
	}
}

const mitText = `MIT License

Copyright (c) 2026 Someone

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction.`

const gplText = `GNU GENERAL PUBLIC LICENSE
Version 3, 29 June 2007`

// fixture writes a small module: a command embedding data.txt, recorded in
// SOURCES.toml, that links example.com/dep (MIT, replaced by a local folder
// so no network is needed), and generates its NOTICE and THIRD_PARTY.md.
func fixture(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	write(t, root, "go.mod", "module example.com/app\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n")
	write(t, root, "main.go", "package main\n\nimport (\n\t_ \"embed\"\n\n\t\"example.com/dep\"\n)\n\n//go:embed data.txt\nvar data string\n\nfunc main() { println(dep.Hello(), data) }\n")
	write(t, root, "data.txt", "some words\n")
	write(t, root, "LICENSE-data", mitText)
	write(t, root, SourcesFile, "[[file]]\npath = \"data.txt\"\nsource = \"example.org word list\"\nversion = \"1.0\"\nlicence = \"MIT\"\nlicence_file = \"LICENSE-data\"\n")
	write(t, root, "dep/go.mod", "module example.com/dep\n\ngo 1.26\n")
	write(t, root, "dep/dep.go", "package dep\n\nfunc Hello() string { return \"hello\" }\n")
	write(t, root, "dep/LICENSE", mitText)
	if err := Write(context.Background(), root, Options{Binary: "."}); err != nil {
		t.Fatalf("writing the fixture's record: %v", err)
	}
	return root
}

// TestWrittenRecordPasses: what Write produces, Check accepts; so each
// refusal below is caused by its one change.
func TestWrittenRecordPasses(t *testing.T) {
	t.Parallel()
	if err := Check(context.Background(), fixture(t), Options{Binary: "."}); err != nil {
		t.Fatalf("a freshly written record fails its check: %v", err)
	}
}

func write(t *testing.T, root, name, body string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheckRefuses adds one unrecorded or forbidden thing at a time to a
// module whose record is complete and expects the check to name it.
func TestCheckRefuses(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, root string)
		want   string
	}{
		{"an embedded file without a record", func(t *testing.T, root string) {
			write(t, root, "more.txt", "more words\n")
			write(t, root, "more.go", "package main\n\nimport _ \"embed\"\n\n//go:embed more.txt\nvar more string\n")
		}, "more.txt is embedded (//go:embed in example.com/app) but no SOURCES.toml records it"},
		{"embedded data under the GPL", func(t *testing.T, root string) {
			write(t, root, SourcesFile, "[[file]]\npath = \"data.txt\"\nsource = \"hunspell-en-med\"\nversion = \"1\"\nlicence = \"GPL-3.0-or-later\"\nlicence_file = \"LICENSE-data\"\n")
		}, "licence GPL-3.0-or-later is copyleft"},
		{"embedded data under the LGPL", func(t *testing.T, root string) {
			write(t, root, SourcesFile, "[[file]]\npath = \"data.txt\"\nsource = \"x\"\nversion = \"1\"\nlicence = \"LGPL-2.1-only\"\nlicence_file = \"LICENSE-data\"\n")
		}, "licence LGPL-2.1-only is copyleft"},
		{"an unknown field in SOURCES.toml", func(t *testing.T, root string) {
			write(t, root, SourcesFile, "[[file]]\npath = \"data.txt\"\nlicense = \"MIT\"\n")
		}, "license"},
		{"a record without its licence text", func(t *testing.T, root string) {
			write(t, root, SourcesFile, "[[file]]\npath = \"data.txt\"\nsource = \"x\"\nversion = \"1\"\nlicence = \"MIT\"\n")
		}, "no licence_file"},
		{"a new dependency not in THIRD_PARTY.md", func(t *testing.T, root string) {
			addDep(t, root, mitText)
		}, "THIRD_PARTY.md is out of date"},
		{"a dependency with no licence file", func(t *testing.T, root string) {
			addDep(t, root, "")
		}, "example.com/dep2 local ./dep2: no licence file"},
		{"a GPL dependency linked into the binary", func(t *testing.T, root string) {
			addDep(t, root, gplText)
		}, "example.com/dep2 local ./dep2 is linked into the binary under GPL"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := fixture(t)
			tc.change(t, root)
			err := Check(context.Background(), root, Options{Binary: "."})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("check gave %v; want an error containing %q", err, tc.want)
			}
		})
	}
}

// addDep links a second local module into the fixture's binary, with the
// given licence text (none when empty).
func addDep(t *testing.T, root, licence string) {
	t.Helper()
	write(t, root, "go.mod", "module example.com/app\n\ngo 1.26\n\nrequire (\n\texample.com/dep v0.0.0\n\texample.com/dep2 v0.0.0\n)\n\n"+
		"replace example.com/dep => ./dep\n\nreplace example.com/dep2 => ./dep2\n")
	write(t, root, "dep2/go.mod", "module example.com/dep2\n\ngo 1.26\n")
	write(t, root, "dep2/dep2.go", "package dep2\n\nfunc Bye() string { return \"bye\" }\n")
	if licence != "" {
		write(t, root, "dep2/LICENSE", licence)
	}
	write(t, root, "bye.go", "package main\n\nimport \"example.com/dep2\"\n\nvar _ = dep2.Bye\n")
}

func TestDetect(t *testing.T) {
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name, text, want string
	}{
		{"our LICENSE", read("../../LICENSE"), "Apache-2.0"},
		{"MIT", mitText, "MIT"},
		{"MIT, rewrapped and commented", "// Permission is hereby granted, free of charge,\n// to any person obtaining a copy", "MIT"},
		{"BSD-3", "Redistribution and use in source and binary forms, with or without modification... Neither the name of Google Inc. nor the names of its contributors may be used to endorse or promote products", "BSD-3-Clause"},
		{"BSD-2", "Redistribution and use in source and binary forms, with or without modification, are permitted", "BSD-2-Clause"},
		{"ISC", "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted", "ISC"},
		{"MPL", "Mozilla Public License Version 2.0\n==================================", "MPL-2.0"},
		{"GPL", gplText, "GPL"},
		{"LGPL", "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3", "LGPL"},
		{"AGPL", "GNU AFFERO GENERAL PUBLIC LICENSE", "AGPL-3.0"},
		{"CC0", "Creative Commons Legal Code\n\nCC0 1.0 Universal", "CC0-1.0"},
		{"unknown", "All rights reserved.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Fatalf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}
