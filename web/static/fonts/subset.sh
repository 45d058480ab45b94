#!/usr/bin/env bash
# Makes the Arabic typeface the pages serve: Noto Sans Arabic (SIL Open Font
# License 1.1, from Debian's fonts-noto-core), regular and bold, cut down to the
# Arabic block, the joiners and marks of direction, and the presentation forms the
# shaping needs, as WOFF2 (about 23 KB each). Needs `pip install fonttools brotli`.
# The pages' addresses carry a hash of each file, so a new cut reaches browsers.
set -euo pipefail
cd "$(dirname "$0")"
source=/usr/share/fonts/truetype/noto
for weight in 400:Regular 700:Bold; do
  pyftsubset "$source/NotoSansArabic-${weight#*:}.ttf" \
    --unicodes="U+0600-06FF,U+200C-200F,U+FE70-FEFF" \
    --layout-scripts=arab,DFLT --no-hinting --desubroutinize \
    --flavor=woff2 --output-file="noto-sans-arabic-${weight%%:*}.woff2"
done
