#!/usr/bin/env bash
# Rebuilds store/testdata/schema-N/ for every schema version from the git
# history: for each version, fixturegen (main.go beside this script) is
# built inside a checkout of the last commit that wrote that version and
# writes a data folder with it. The result is what that release really
# wrote to disk, which the upgrade test (store/migrate_test.go) opens with
# today's code.
#
# Usage (from anywhere in the repository): store/testdata/fixturegen/generate.sh [N...]
# Without arguments it rebuilds every version in the table below. When a
# migration is added, add a line for the new version (its last commit is
# the one before the next migration landed; HEAD for the current one).
set -euo pipefail
root=$(git rev-parse --show-toplevel)
here="$root/store/testdata"

# schema version -> the last commit that wrote it
declare -A commit=(
  [1]=4f5249d6cdea717e8613e3b9d4cd73e1036bd0ed   # before 7cad2a7 added migration 2 (engagement)
  [2]=e8efe98c7a878517e395b54bdc974b0e8bf154a6   # before 1fd4550 added migration 3 (revisions)
  [3]=3c242a496bd45585e7fcb73aee13ca2f8c350753   # before 6a24995 added migration 4 (evergreen)
  [4]=027e082eb5665adad95ed938bf32857f2ceae816   # before 422e896 added migration 5 (audit last)
  [5]=0ff565010ea1e4b6beb9d136cd1cd326a94b1fe1   # before migration 6 (post topics)
  [6]=b91095bf6f4acb3507869a0f873b5011a6e46bfb   # before migration 7 (unsent alert index)
  [7]=HEAD
)
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=($(printf '%s\n' "${!commit[@]}" | sort -n))

work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" 2>/dev/null || true; rm -rf "$work"' EXIT
for v in "${versions[@]}"; do
  c=$(git -C "$root" rev-parse --verify "${commit[$v]}^{commit}")
  git -C "$root" worktree remove --force "$work/tree" 2>/dev/null || true
  git -C "$root" worktree add --detach "$work/tree" "$c" >/dev/null
  mkdir -p "$work/tree/internal/fixturegen"
  cp "$here/fixturegen/main.go" "$work/tree/internal/fixturegen/main.go"
  rm -rf "$work/data"
  (cd "$work/tree" && go run ./internal/fixturegen -out "$work/data")
  out="$here/schema-$v"
  rm -rf "$out"; mkdir -p "$out"
  gzip -9n < "$work/data/practicepost.db" > "$out/practicepost.db.gz"
  for f in secret.key audit.head; do
    [ -f "$work/data/$f" ] && cp "$work/data/$f" "$out/$f"
  done
  printf 'schema %s written by %s (%s)\n' "$v" "$c" "$(git -C "$root" log -1 --format=%s "$c" | cut -c1-60)" > "$out/SOURCE"
  echo "schema-$v: $c"
done
