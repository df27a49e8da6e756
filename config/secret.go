package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/practicepost/practicepost/channels"
)

// maxSecretFile bounds how much of a file: secret is read, so a config that
// points at a huge file or a device cannot stall startup.
const maxSecretFile = 64 << 10

// Secret is a credential from the config file (see channels.Secret): the
// same type, so a kind's options and the core settings resolve and redact
// their credentials alike.
type Secret = channels.Secret

// resolveSecrets replaces every env: and file: Secret in c with its value
// and returns the key paths of secrets written literally in the file.
func resolveSecrets(c *Config, baseDir string) (literals []string, errs []keyError) {
	resolve := func(key string, s *Secret) {
		raw := string(*s)
		switch {
		case raw == "":
		case strings.HasPrefix(raw, "env:"):
			name := strings.TrimPrefix(raw, "env:")
			v, ok := os.LookupEnv(name)
			// On failure the reference stays in place, so validation still
			// sees the credential as given and reports only this problem.
			switch {
			case name == "":
				errs = append(errs, keyError{key, "env: needs a variable name, as in env:X_ACCESS_TOKEN"})
			case !ok:
				errs = append(errs, keyError{key, fmt.Sprintf("environment variable %s is not set", name)})
			case v == "":
				errs = append(errs, keyError{key, fmt.Sprintf("environment variable %s is empty", name)})
			default:
				*s = Secret(v)
			}
		case strings.HasPrefix(raw, "file:"):
			v, err := readSecretFile(baseDir, strings.TrimPrefix(raw, "file:"))
			if err != nil {
				errs = append(errs, keyError{key, err.Error()})
			} else {
				*s = Secret(v)
			}
		default:
			literals = append(literals, key)
		}
	}
	walkSecrets(reflect.ValueOf(c).Elem(), "", resolve)
	// A channel's own credentials are in its kind's options.
	for i, ch := range c.Channels {
		if v := reflect.ValueOf(ch.Options); v.Kind() == reflect.Pointer && !v.IsNil() {
			walkSecrets(v.Elem(), fmt.Sprintf("channels[%d]", i), resolve)
		}
	}
	return literals, errs
}

// readSecretFile reads a file: secret. Errors name the file, never its
// contents.
func readSecretFile(baseDir, path string) (string, error) {
	if path == "" {
		return "", errors.New("file: needs a path, as in file:secrets/x-token")
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(baseDir, path)
	}
	// Stat first: opening a FIFO would block, and a directory is a mistake.
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("secret file %s does not exist", path)
	}
	if err != nil {
		return "", fmt.Errorf("secret file: %w", err)
	}
	if !info.Mode().IsRegular() {
		return "", fmt.Errorf("secret file %s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("secret file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSecretFile+1))
	if err != nil {
		return "", fmt.Errorf("secret file: %w", err)
	}
	if len(data) > maxSecretFile {
		return "", fmt.Errorf("secret file %s is larger than %d bytes", path, maxSecretFile)
	}
	v := strings.TrimRight(string(data), "\r\n")
	if v == "" {
		return "", fmt.Errorf("secret file %s is empty", path)
	}
	return v, nil
}

var secretType = reflect.TypeFor[Secret]()

// walkSecrets calls fn for every Secret reachable from v (structs and
// slices), with its TOML key path such as "channels[1].access_token".
// Reflection keeps this in step with the types: a new Secret field anywhere
// is resolved without touching this code.
func walkSecrets(v reflect.Value, prefix string, fn func(key string, s *Secret)) {
	switch {
	case v.Type() == secretType:
		fn(prefix, v.Addr().Interface().(*Secret))
	case v.Kind() == reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if !f.IsExported() || name == "" || name == "-" {
				continue
			}
			walkSecrets(v.Field(i), joinKey(prefix, name), fn)
		}
	case v.Kind() == reflect.Slice:
		for i := range v.Len() {
			walkSecrets(v.Index(i), fmt.Sprintf("%s[%d]", prefix, i), fn)
		}
	}
}

// joinKey appends a dotted key part.
func joinKey(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}
