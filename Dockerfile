# syntax=docker/dockerfile:1
# Builds the diplograph command as a static binary and ships it alone in a distroless image.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/diplograph ./cmd/diplograph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/diplograph /usr/local/bin/diplograph
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/diplograph"]
CMD ["--help"]
