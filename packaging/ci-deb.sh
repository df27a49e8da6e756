#!/usr/bin/env bash
# CI for the Debian package (run as root by .ci/run): build it, install it
# with dpkg, start the binary as the packaged user against the packaged
# config the way practicepost.service would (systemd need not run here:
# setpriv drops to the user with no capabilities and no new privileges),
# check /healthz; then put a database from the previous schema version in
# place and start again: it must upgrade, keep a copy and still verify;
# `dpkg -r` must keep the data and the config, `dpkg -P` remove both.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

data=/var/lib/practicepost
conf=/etc/practicepost/config.toml
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
	dpkg -P practicepost >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail() { echo "ci-deb: FAIL: $*" >&2; [ -f /tmp/practicepost-ci.log ] && tail -20 /tmp/practicepost-ci.log >&2; exit 1; }

if dpkg -s practicepost >/dev/null 2>&1; then
	fail "practicepost is already installed on this machine; not touching it"
fi
deb=$(packaging/build-deb.sh)
echo "== built $deb ($(stat -c %s "$deb") bytes)"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

echo "== dpkg -i"
dpkg -i "$deb"
getent passwd practicepost | grep -q ':/var/lib/practicepost:/usr/sbin/nologin$' || fail "no practicepost system user"
[ "$(stat -c '%a %U' "$data")" = "700 practicepost" ] || fail "$data is $(stat -c '%a %U' "$data"), want 700 practicepost"
[ "$(stat -c '%a %U %G' "$conf")" = "640 root practicepost" ] || fail "$conf is $(stat -c '%a %U %G' "$conf")"
[ -s "$data/practicepost.db" ] && [ -s "$data/admin-password" ] || fail "postinst did not create the database and the admin password"
dpkg-query -W -f='${Conffiles}\n' practicepost | grep -q "$conf" || fail "$conf is not a conffile"

# As the unit runs it: the packaged user, no capabilities, no new privileges.
as_user=(setpriv --reuid=practicepost --regid=practicepost --init-groups --no-new-privs
	--inh-caps=-all --bounding-set=-all --)
port=$((20000 + RANDOM % 20000))
start() {
	: > /tmp/practicepost-ci.log
	"${as_user[@]}" env PRACTICEPOST_CONFIG="$conf" /usr/bin/practicepost serve --config "$conf" --listen "127.0.0.1:$port" \
		>>/tmp/practicepost-ci.log 2>&1 &
	pid=$!
	for _ in $(seq 1 100); do
		if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
			echo "healthz: $(curl -fsS "http://127.0.0.1:$port/healthz")"
			return 0
		fi
		kill -0 "$pid" 2>/dev/null || fail "the daemon exited"
		sleep 0.2
	done
	fail "no healthy /healthz within 20 s"
}
stop() {
	kill -TERM "$pid"
	wait "$pid" || fail "the daemon did not stop cleanly"
	pid=""
}

echo "== serve as the packaged user"
start
[ "$(stat -c %U "$data/secret.key")" = practicepost ] || fail "secret.key is not the practicepost user's"
stop

echo "== upgrade over a database from the previous schema"
prev=$(ls -d store/testdata/schema-* | sed 's/.*schema-//' | sort -n | tail -2 | head -1)
fixture=store/testdata/schema-$prev
rm -f "$data/practicepost.db" "$data/audit.head"
gzip -dc "$fixture/practicepost.db.gz" > "$data/practicepost.db"
install -m 0600 -o practicepost -g practicepost "$fixture/secret.key" "$data/secret.key"
chown practicepost:practicepost "$data/practicepost.db"
chmod 0600 "$data/practicepost.db"
start
ls "$data"/practicepost-pre-upgrade-*-schema"$prev".db >/dev/null 2>&1 || fail "no copy of the schema-$prev database kept before the upgrade"
stop
"${as_user[@]}" /usr/bin/practicepost --config "$conf" audit verify || fail "audit verify after the upgrade"
"${as_user[@]}" /usr/bin/practicepost --config "$conf" doctor || fail "doctor found a problem after the upgrade"

echo "== dpkg -r keeps the data and the config"
dpkg -r practicepost
[ ! -e /usr/bin/practicepost ] || fail "the binary is still there after dpkg -r"
[ -s "$data/practicepost.db" ] || fail "dpkg -r removed the database"
[ -f "$conf" ] || fail "dpkg -r removed the config"

echo "== dpkg -P removes them"
dpkg -P practicepost
[ ! -e "$data" ] || fail "dpkg -P left $data"
[ ! -e /etc/practicepost ] || fail "dpkg -P left /etc/practicepost"

if command -v systemd-analyze >/dev/null; then
	echo "== systemd-analyze security (offline)"
	systemd-analyze security --offline=true --threshold=20 packaging/practicepost.service | tail -1
fi
echo "ci-deb: ok"
