#!/bin/sh
# The container's entry point: on the first start (no /data/config.toml)
# create the config, the database and an admin user with a made-up
# password; then serve on every interface of the container (publish the
# port on 127.0.0.1 or behind a TLS proxy, see the README's HTTPS section).
# Any arguments run that practicepost command instead (doctor, backup ...).
set -e
if [ ! -e /data/config.toml ]; then
	practicepost init --dir /data --admin-user admin --new-admin-password-file /data/admin-password
	echo "practicepost: admin password in /data/admin-password (docker exec CONTAINER cat /data/admin-password)"
fi
if [ "$#" -gt 0 ]; then
	exec practicepost --config /data/config.toml "$@"
fi
exec practicepost serve --config /data/config.toml --listen 0.0.0.0:8080
