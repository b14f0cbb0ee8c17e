#!/usr/bin/env bash
# Renders every template and the filled sample of every form for a person to look at:
#   1. writes the xlsx files (forms-xlsx's test main RenderSamples) into OUT (default: a new temp dir),
#   2. converts each to PDF with LibreOffice (soffice --headless --convert-to pdf),
#   3. turns the PDF pages into PNGs (pdftoppm -r 60).
# Needs: JDK 17, LibreOffice Calc (soffice) with a CJK font (e.g. fonts-noto-cjk), poppler-utils (pdftoppm).
# On Debian: apt-get install -y --no-install-recommends libreoffice-calc fonts-noto-cjk poppler-utils
# Not part of the Maven build. Usage: scripts/render-templates.sh [OUT]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$(mktemp -d -t medsec-templates.XXXXXX)}"
mkdir -p "$OUT"

for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-templates: '$tool' not found (apt-get install libreoffice-calc fonts-noto-cjk poppler-utils)" >&2
    exit 2
  fi
done

cd "$ROOT"
CP_FILE="forms-xlsx/target/test-classpath.txt"
./mvnw -q -pl forms-xlsx -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="forms-xlsx/target/test-classes:forms-xlsx/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" io.github.medsecforms.xlsx.internal.write.RenderSamples "$OUT/xlsx"

mkdir -p "$OUT/pdf" "$OUT/png"
# a private LibreOffice profile, so a running LibreOffice or a missing HOME does not get in the way
PROFILE="$(mktemp -d -t medsec-lo-profile.XXXXXX)"
trap 'rm -rf "$PROFILE"' EXIT
soffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUT/pdf" "$OUT"/xlsx/*.xlsx >/dev/null
for pdf in "$OUT"/pdf/*.pdf; do
  pdftoppm -r 60 -png "$pdf" "$OUT/png/$(basename "${pdf%.pdf}")"
done
echo "xlsx: $OUT/xlsx"
echo "pdf:  $OUT/pdf"
echo "png:  $OUT/png ($(ls "$OUT/png" | wc -l) pages)"
