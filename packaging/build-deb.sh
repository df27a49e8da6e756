#!/usr/bin/env bash
# Builds the Debian package into dist/: a static binary, the packaged
# config (the documented example with the data folder in
# /var/lib/practicepost), and nfpm (pinned in go.mod) to pack them.
# Usage: packaging/build-deb.sh  → prints the .deb's path.
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist
mkdir -p "$out"
PP_ARCH=$(go env GOARCH)
# A Debian version from the commit: 0.1.0~gitYYYYMMDDhhmmss.<hash>.
PP_VERSION="0.1.0~git$(git log -1 --format=%cd.%h --date=format:%Y%m%d%H%M%S 2>/dev/null || date -u +%Y%m%d%H%M%S)"
PP_BIN="$out/practicepost" # nfpm.yaml names these two paths
PP_CONFIG="$out/config.toml"
export PP_ARCH PP_VERSION PP_BIN PP_CONFIG
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$PP_BIN" ./cmd/practicepost
# The packaged config: the example, its data folder where the package keeps it.
sed 's|^dir = "data"$|dir = "/var/lib/practicepost"|' config.example.toml > "$PP_CONFIG"
grep -q '^dir = "/var/lib/practicepost"$' "$PP_CONFIG" || { echo "build-deb: config.example.toml has no [store] dir = \"data\" line to replace" >&2; exit 1; }
deb="$out/practicepost_${PP_VERSION}_${PP_ARCH}.deb"
rm -f "$deb"
go tool nfpm package --config packaging/nfpm.yaml --packager deb --target "$deb" >&2
echo "$deb"
