#!/usr/bin/env bash
# Lighthouse on the kiosk's home and list screens, against `forsa demo` (a year of
# 1,000 vacancies, about 260 of them open today)
# built in release mode, in Debian's Chromium, on a slow-3G mobile profile.
#
#   bash crates/bench/lighthouse/kiosk.sh            # prints one line per screen
#   FORSA_LIGHTHOUSE_OUT=/tmp/lh bash crates/bench/lighthouse/kiosk.sh   # keeps the JSON reports
#
# Needs Node.js and npm (Lighthouse 12, the last line that runs on Node 20, is installed
# under ~/.cache/forsa-lighthouse when missing) and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/../../.."

lh_dir="${FORSA_LIGHTHOUSE_DIR:-$HOME/.cache/forsa-lighthouse}"
lh_version=12.8.2
if ! grep -q "\"version\": \"${lh_version}\"" "$lh_dir/node_modules/lighthouse/package.json" 2>/dev/null; then
  npm install --prefix "$lh_dir" --no-audit --no-fund --silent "lighthouse@${lh_version}"
fi
chromium="${FORSA_CHROMIUM:-/usr/bin/chromium}"
out="${FORSA_LIGHTHOUSE_OUT:-$(mktemp -d)}"
mkdir -p "$out"

# FORSA_BIN runs a binary already built (a debug build is fine while working on the
# page; the figures in docs/BENCHMARKS.md come from the release build).
if [ -z "${FORSA_BIN:-}" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/forsa-target}"
  cargo build --release --quiet --bin forsa
  FORSA_BIN="$CARGO_TARGET_DIR/release/forsa"
fi
port="${FORSA_LIGHTHOUSE_PORT:-18471}"
data=$(mktemp -d)
"$FORSA_BIN" demo --vacancies 1000 --data-dir "$data" --listen "127.0.0.1:$port" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 1
done

# "Slow 3G": 300 ms round trips, 700 kbit/s down, a phone-class CPU (4x slower than
# this machine); Lighthouse simulates the network (its default method) on that profile.
profile=(--throttling.rttMs=300 --throttling.throughputKbps=700 --throttling.cpuSlowdownMultiplier=4)

run() {
  local name=$1 path=$2
  "$lh_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" \
    --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility \
    --form-factor=mobile "${profile[@]}" \
    --chrome-path="$chromium" --chrome-flags="--headless=new --no-sandbox --disable-gpu"
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits, c = r.categories;
    const ms = (id) => a[id] ? Math.round(a[id].numericValue) + " ms" : "n/a";
    const kb = (a["total-byte-weight"].numericValue / 1024).toFixed(1);
    console.log(`${process.argv[2]}: performance ${Math.round(c.performance.score * 100)}, ` +
      `accessibility ${Math.round(c.accessibility.score * 100)}, FCP ${ms("first-contentful-paint")}, ` +
      `LCP ${ms("largest-contentful-paint")}, TBT ${ms("total-blocking-time")}, ` +
      `interactive ${ms("interactive")}, transferred ${kb} KB`);
  ' "$out/$name.json" "$name"
}

run home "/kiosk"
run list "${FORSA_KIOSK_LIST_PATH:-/kiosk#list}"
echo "reports in $out"
