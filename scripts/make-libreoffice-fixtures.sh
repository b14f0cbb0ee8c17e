#!/usr/bin/env bash
# Regenerates the LibreOffice-saved reader fixtures, forms-xlsx/src/test/resources/fixtures/libreoffice/:
#   1. forms-xlsx's test main LibreOfficeFixtureSources writes, for every form, <id>.xlsx (our template filled with
#      SampleForms.full(id)), <id>-variant.xlsx (a VariantWorkbooks layout of the same form) and <id>.json (the model);
#   2. LibreOffice Calc opens and saves every workbook as xlsx (soffice --headless --convert-to xlsx), in one run;
#   3. the saved workbooks and the JSON models go into the fixture directory (LibreOfficeFixturesTest reads them).
# Run it after a model change that makes the committed fixtures stale, and commit the result.
# Needs: JDK 17, LibreOffice Calc (soffice). Debian: apt-get install -y --no-install-recommends libreoffice-calc-nogui
# Not part of the Maven build. Usage: scripts/make-libreoffice-fixtures.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIXTURES="$ROOT/forms-xlsx/src/test/resources/fixtures/libreoffice"
SOFFICE="${MEDSEC_SOFFICE:-$(command -v soffice || command -v libreoffice || true)}"
if [ -z "$SOFFICE" ]; then
  echo "make-libreoffice-fixtures: soffice not found (apt-get install libreoffice-calc-nogui, or set MEDSEC_SOFFICE)" >&2
  exit 2
fi

WORK="$(mktemp -d -t medsec-lo-fixtures.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
CP_FILE="forms-xlsx/target/test-classpath.txt"
./mvnw -q -pl forms-xlsx -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="forms-xlsx/target/test-classes:forms-xlsx/target/classes:$(cat "$CP_FILE")"
java -cp "$CP" io.github.medsecforms.xlsx.LibreOfficeFixtureSources "$WORK/in"

# a private LibreOffice profile, so a running LibreOffice or a missing HOME does not get in the way
mkdir -p "$WORK/out" "$WORK/profile"
timeout 600 "$SOFFICE" -env:UserInstallation="file://$WORK/profile" --headless --norestore --nolockcheck \
  --convert-to xlsx --outdir "$WORK/out" "$WORK"/in/*.xlsx </dev/null >"$WORK/soffice.log" 2>&1 || {
  cat "$WORK/soffice.log" >&2
  exit 1
}
if grep -v javaldx "$WORK/soffice.log" | grep -qiE '\b(error|repair|corrupt)'; then
  cat "$WORK/soffice.log" >&2
  echo "make-libreoffice-fixtures: LibreOffice reported a problem" >&2
  exit 1
fi
expected=$(ls "$WORK"/in/*.xlsx | wc -l)
saved=$(ls "$WORK"/out/*.xlsx 2>/dev/null | wc -l)
if [ "$saved" -ne "$expected" ]; then
  echo "make-libreoffice-fixtures: LibreOffice saved $saved of $expected workbooks" >&2
  exit 1
fi

rm -rf "$FIXTURES"
mkdir -p "$FIXTURES"
cp "$WORK"/out/*.xlsx "$WORK"/in/*.json "$FIXTURES/"
{
  echo "# LibreOffice-saved reader fixtures"
  echo
  echo "Made by \`scripts/make-libreoffice-fixtures.sh\` with $("$SOFFICE" --version 2>/dev/null | head -1 || echo LibreOffice)."
  echo "For every form: \`<id>.xlsx\` (our template filled with \`SampleForms.full(id)\`, opened and saved by LibreOffice Calc),"
  echo "\`<id>-variant.xlsx\` (the \`VariantWorkbooks\` layout \`EVERY_VARIATION\` of the same form, saved by LibreOffice) and"
  echo "\`<id>.json\`, the model both were made from. \`LibreOfficeFixturesTest\` reads every workbook and expects that model."
  echo "Do not edit by hand: run the script again."
} > "$FIXTURES/README.md"
echo "fixtures: $FIXTURES ($saved workbooks)"
