package config

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/pelletier/go-toml/v2"
)

// maxFileSize bounds the file: a real one is a few kilobytes, and line
// lookups should not face megabytes of generated keys.
const maxFileSize = 1 << 20

// Load reads, decodes, resolves and validates the configuration file at
// path. Relative paths and file: secrets in it are relative to its folder.
// The error lists every problem found, each as "path:line: key: message".
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data, path, filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	c.fileMode = info.Mode().Perm()
	return c, nil
}

// Parse is Load for a document already in memory: name is used in error
// messages and as Path, baseDir anchors relative paths and file: secrets.
func Parse(data []byte, name, baseDir string) (*Config, error) {
	if len(data) > maxFileSize {
		return nil, &Error{File: name, Message: fmt.Sprintf("is %d bytes; a configuration file is at most %d", len(data), maxFileSize)}
	}
	// Decoding over the defaults keeps them for every key the file omits.
	// The [[channels]] blocks are read as tables first: which keys a
	// channel may have depends on its kind.
	c := Default()
	doc := document{Config: c}
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, decodeError(name, data, err)
	}
	c.Path = name
	c.lines = keyLines(data)
	chs, errs := decodeChannels(doc.Channels)
	if err := located(name, c.lines, errs); err != nil {
		return nil, err
	}
	c.Channels = chs
	c.baseDir = baseDir
	c.applyDefaults(baseDir)

	literals, errs := resolveSecrets(c, baseDir)
	c.literalSecrets = literals
	// A secret that could not be resolved is reported once, not again as
	// a malformed value.
	failed := map[string]bool{}
	for _, e := range errs {
		failed[e.key] = true
	}
	for _, e := range c.validate() {
		if !failed[e.key] {
			errs = append(errs, e)
		}
	}
	if err := located(name, c.lines, errs); err != nil {
		return nil, err
	}
	return c, nil
}

// document is the file as decoded: the settings, and each channel's keys
// before its kind decodes them.
type document struct {
	*Config
	Channels []map[string]any `toml:"channels"`
}

// applyDefaults fills the defaults that depend on other settings and makes
// relative paths relative to the config file's folder, so the daemon does
// not depend on the directory it was started from.
func (c *Config) applyDefaults(baseDir string) {
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(baseDir, *p)
		}
	}
	abs(&c.Store.Dir)
	abs(&c.Store.BackupDir)
	if c.Store.BackupDir == "" {
		c.Store.BackupDir = filepath.Join(c.Store.Dir, "backups")
	}
	abs(&c.Web.TLSCert)
	abs(&c.Web.TLSKey)
	abs(&c.Compliance.ExtraRules)
	abs(&c.Templates.Dir)

	if c.Web.BaseURL == "" {
		c.Web.BaseURL = defaultBaseURL(c.Web)
	}
	for i := range c.Channels {
		ch := &c.Channels[i]
		if ch.Name == "" {
			ch.Name = ch.ID
		}
	}
}

// defaultBaseURL derives a URL from the listen address; an unspecified host
// becomes localhost, which is what a browser on the same machine uses.
func defaultBaseURL(w Web) string {
	scheme := "http"
	if w.TLSCert != "" {
		scheme = "https"
	}
	host, port, err := net.SplitHostPort(w.Listen)
	if err != nil {
		return scheme + "://" + w.Listen // validation reports the bad listen address
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	return scheme + "://" + net.JoinHostPort(host, port)
}
