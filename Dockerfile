# practicepost in a container: a static binary on a small Debian base,
# running as a non-root user, everything it keeps in the /data volume.
#   docker build -t practicepost .
#   docker run -d --name practicepost -v pp-data:/data -p 127.0.0.1:8080:8080 practicepost
# The first start creates /data/config.toml, the database and an admin user
# whose password is in /data/admin-password (docker exec practicepost cat
# /data/admin-password); edit /data/config.toml and restart.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/practicepost ./cmd/practicepost

FROM debian:bookworm-slim
# CA certificates for the networks' HTTPS APIs; tzdata for the practice's
# time zone.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 practicepost \
 && useradd --system --uid 10001 --gid practicepost --home-dir /data --shell /usr/sbin/nologin practicepost \
 && install -d -m 0700 -o practicepost -g practicepost /data
COPY --from=build /out/practicepost /usr/bin/practicepost
COPY packaging/docker-entrypoint.sh /usr/bin/practicepost-entrypoint
USER practicepost:practicepost
VOLUME /data
ENV PRACTICEPOST_CONFIG=/data/config.toml
EXPOSE 8080
# /healthz answers 200 while the scheduler beats. No curl in the image:
# bash's /dev/tcp is enough for one GET.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n1 <&3 | grep -q ' 200 '"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/practicepost-entrypoint"]
