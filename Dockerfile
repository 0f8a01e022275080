# syntax=docker/dockerfile:1
# Build: docker build -t netzwerkbot .
# Run:   docker run -v netzwerkbot-data:/data -e SLACK_BOT_TOKEN=… -e SLACK_APP_TOKEN=… netzwerkbot
# With MongoDB instead of the embedded database: -e MONGODB_URI=mongodb://user:pass@host:27017/
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# ferretdb_no_postgresql leaves out the embedded FerretDB's PostgreSQL backend (about 10 % of
# the binary); the bot uses its SQLite backend or an external server through the driver.
RUN CGO_ENABLED=0 go build -tags ferretdb_no_postgresql -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/netzwerkbot ./cmd/netzwerkbot \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/netzwerkbot /usr/local/bin/netzwerkbot
# An empty /data owned by the non-root user, so a fresh volume is writable.
COPY --from=build --chown=65532:65532 /out/data /data
# The embedded database keeps its files here; mount a volume to keep them.
# Set MONGODB_URI to use a MongoDB server instead (needed for several replicas).
ENV DATA_DIR=/data \
    HTTP_ADDR=:3000
VOLUME ["/data"]
EXPOSE 3000
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/netzwerkbot"]
