FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --bin forsa

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/forsa /usr/local/bin/forsa
ENV FORSA_DATA_DIR=/var/lib/forsa FORSA_LISTEN=0.0.0.0:8080
EXPOSE 8080
CMD ["forsa", "serve"]
