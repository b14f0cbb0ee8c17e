#!/usr/bin/env bash
# Runs a fixed set of CLI commands and bridge requests on the project's own fixtures and writes every output
# (files written, stdout, stderr, exit codes, HTTP statuses and bodies) into OUT, so that two builds can be compared
# byte for byte (issue 12: the module cut must not change any output).
#
#   scripts/compare-outputs.sh JAR OUT         # run the commands with JAR (a medsec-forms-all.jar) into OUT
#   scripts/compare-outputs.sh --diff OLD NEW  # compare two such folders (exit 1 when they differ)
#
# Typical use: build the jar before a refactor, run the script into a folder outside the repository, build the jar
# after, run it again, then --diff. Inputs: the LibreOffice-saved reader fixtures (every form, filled and a layout
# variant, with their JSON documents), the hostile-input corpus and docs/examples/. They are copied into OUT/inputs
# and their hashes listed in OUT/inputs.sha256, so a diff also shows when the inputs were not the same.
# Every command runs with a fixed day (--as-of 2025-03-31) and relative paths from OUT/inputs, so nothing in the
# outputs depends on the date or on where OUT is. Needs: a JDK 17+, curl, zip; the PDFs need a Japanese font
# (docs/pdf.md). Not part of the Maven build.
set -uo pipefail

if [ "${1:-}" = "--diff" ]; then
  # Files are compared byte for byte. Workbooks and PDFs carry the time they were written (a zip entry's time and
  # docProps/core.xml's dcterms:created; a PDF's /ID, made from the time, and the validation report's printed
  # "作成日時: yyyy-MM-dd HH:mm"): when such files differ, they are compared again with those stamps masked (a PDF
  # object by object, its streams inflated), and reported as "identical after normalising time stamps" when that
  # makes them equal. Anything else that differs is listed. (The report PDFs are written under faketime, below.)
  exec python3 - "${2:?usage: $0 --diff OLD NEW}" "${3:?usage: $0 --diff OLD NEW}" <<'PY'
import io, os, re, sys, zipfile, zlib

old, new = sys.argv[1], sys.argv[2]

def files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)

def normal_zip(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        out = []
        for i in z.infolist():
            body = z.read(i)
            if i.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\1T", body)
            out.append((i.filename, i.compress_type, i.external_attr, body))
        return out

# a "yyyy-MM-dd HH:mm" time as the glyph ids of a PDF text string (digits 0013-001C, '-' 0010, ' ' 0003, ':' 001D):
# the validation report prints the time it was made (cli's ReportPdfBuilder, "作成日時: …" / "Created: …")
D = rb"00(?:1[3-9A-C])"
PRINTED_TIME = re.compile(D * 4 + b"0010" + D * 2 + b"0010" + D * 2 + b"0003" + D * 2 + b"001D" + D * 2)
STREAM = re.compile(rb"(?<!end)stream\r?\n(.*?)\r?\nendstream", re.S)

def normal_pdf(data):
    """The objects of a PDF with its /ID, the printed time, and what follows from them (lengths, offsets) masked."""
    out, pos = [], 0
    for m in STREAM.finditer(data):
        head = data[pos:m.start()]
        pos = m.end()
        body = m.group(1)
        if b"/XRef" in head[head.rfind(b"<<"):]:
            body = b""  # the cross-reference stream: object offsets only
        elif b"/FlateDecode" in head[head.rfind(b"<<"):]:
            body = zlib.decompress(body)
        out.append(re.sub(rb"/(Length|DL) \d+", b"/L", head))
        out.append(PRINTED_TIME.sub(b"<time>", body))
    tail = data[pos:]
    tail = re.sub(rb"/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\]", b"/ID", tail)
    out.append(re.sub(rb"startxref\s+\d+", b"startxref", tail))
    return [re.sub(rb"/ID \[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\]", b"/ID", o) for o in out]

a, b = files(old), files(new)
same, normalised, differ = 0, [], []
for f in sorted(set(a) | set(b)):
    if f not in a or f not in b:
        differ.append(f + (" (only in " + (new if f not in a else old) + ")"))
        continue
    x, y = open(os.path.join(old, f), "rb").read(), open(os.path.join(new, f), "rb").read()
    if x == y:
        same += 1
    elif x[:2] == b"PK" and y[:2] == b"PK" and normal_zip(x) == normal_zip(y):
        normalised.append(f)
    elif x[:5] == b"%PDF-" and y[:5] == b"%PDF-" and normal_pdf(x) == normal_pdf(y):
        normalised.append(f)
    else:
        differ.append(f)
print(f"identical: {same} files")
print(f"identical after normalising time stamps: {len(normalised)} files (workbooks, PDFs)")
print(f"different: {len(differ)} files")
for f in differ:
    print("  " + f)
sys.exit(1 if differ else 0)
PY
fi

JAR="$(cd "$(dirname "${1:?usage: $0 JAR OUT}")" && pwd)/$(basename "$1")"
OUT="${2:?usage: $0 JAR OUT}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AS_OF=2025-03-31
# With libfaketime (Debian: apt-get install faketime) the validation-report PDFs (runt below) are written with the
# wall clock stopped at a fixed instant (the monotonic clock keeps running): the report prints the minute it was
# made, and the embedded font subset follows those digits, so no masking can make two runs agree. faketime makes a
# JVM several times slower, so everything else runs on the real clock and --diff masks the time stamps of workbooks
# and PDFs (see above).
JAVA=(java)
libfaketime="$(ls /usr/lib/*/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1 2>/dev/null | head -1)"
if [ -n "$libfaketime" ] && [ "${MEDSEC_COMPARE_FAKETIME:-1}" = 1 ]; then
  # env execs java (the faketime wrapper would fork), so the bridge's pid below is the JVM's own
  FROZEN=(env LD_PRELOAD="$libfaketime" FAKETIME="$AS_OF 09:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1 java)
else
  FROZEN=(java)
  echo "compare-outputs: faketime not found; time stamps differ from run to run (--diff masks the known ones)" >&2
fi
PORT="${MEDSEC_COMPARE_PORT:-7391}"

rm -rf "$OUT"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
IN="$OUT/inputs"
mkdir -p "$IN/filled" "$IN/variant" "$IN/json" "$IN/hostile" "$IN/examples" "$IN/package"

# the inputs, wherever the module that holds them lives (forms-io before the cut, forms-xlsx after)
fixtures="$(ls -d "$ROOT"/*/src/test/resources/fixtures/libreoffice | head -1)"
hostile="$(ls -d "$ROOT"/*/src/test/resources/hostile | head -1)"
for f in "$fixtures"/*.xlsx; do
  case "$f" in
    *-variant.xlsx) cp "$f" "$IN/variant/" ;;
    *) cp "$f" "$IN/filled/" ;;
  esac
done
cp "$fixtures"/*.json "$IN/json/"
# the hostile corpus without the cases that only test limits (very large, slow, the same codes as smaller cases)
for f in "$hostile"/*.xls "$hostile"/*.xlsx; do
  case "$(basename "$f")" in
    huge-cell-10mb.xlsx|rows-100001.xlsx|rows-70000-no-dimension.xlsx|merged-regions-100001.xlsx|thousands-of-sheets.xlsx|legacy-blank-cells-256000.xls) ;;
    *) cp "$f" "$IN/hostile/" ;;
  esac
done
cp "$ROOT"/docs/examples/*.json "$IN/examples/"
# an inspection package: the filled forms of the fixtures (a folder, and the same as a zip)
cp "$IN"/filled/*.xlsx "$IN/package/"
(cd "$IN" && TZ=UTC find package -exec touch -d '2025-01-01 00:00:00' {} + && zip -q -X -r package.zip package)
(cd "$IN" && find . -type f ! -name '*.sha256' | LC_ALL=C sort | xargs sha256sum) > "$OUT/inputs.sha256"

cd "$IN"
CLI="$OUT/cli"
mkdir -p "$CLI"
n=0
# run NAME ARGS...: runs the CLI from OUT/inputs; stdout, stderr and the exit code go to cli/NAME.{out,err,code}
run() {
  local name="$1"
  shift
  n=$((n + 1))
  "${JAVA[@]}" -jar "$JAR" "$@" >"$CLI/$name.out" 2>"$CLI/$name.err" </dev/null
  echo $? >"$CLI/$name.code"
}
# runt NAME ARGS...: the same with the clock stopped (FROZEN), for the validation-report PDFs
runt() {
  local name="$1"
  shift
  n=$((n + 1))
  "${FROZEN[@]}" -jar "$JAR" "$@" >"$CLI/$name.out" 2>"$CLI/$name.err" </dev/null
  echo $? >"$CLI/$name.code"
}

forms="$("${JAVA[@]}" -jar "$JAR" forms --format json | grep -o '"id" *: *"[a-z-]*"' | sed 's/.*"\([a-z-]*\)"$/\1/')"
if [ -z "$forms" ]; then
  echo "compare-outputs: no form ids from 'forms --format json'" >&2
  exit 2
fi

run version --version
run help --help
run help-en --lang en --help
run forms forms
run forms-json forms --format json
run forms-en forms --lang en
run forms-unknown forms no-such-form
for id in $forms; do
  run "forms-$id" forms "$id"
  run "forms-$id-json" forms "$id" --format json
  run "forms-$id-markdown" forms "$id" --format markdown
  run "forms-$id-en" forms "$id" --lang en
  run "template-$id" template "$id" -o "../cli/template-$id.xlsx"
  run "schema-$id" schema "$id"
done
run template-checklist-hospital-R6 template checklist-hospital --form-version R6 -o "../cli/template-checklist-hospital-R6.xlsx"
run template-credentials template line-device-survey --credentials -o "../cli/template-credentials.xlsx"
run template-exists template support-request -o "../cli/template-support-request.xlsx"

for fmt in text json tsv; do
  run "validate-filled-$fmt" validate filled --as-of "$AS_OF" --threads 2 --format "$fmt"
  run "validate-variant-$fmt" validate variant --as-of "$AS_OF" --threads 2 --format "$fmt"
  run "validate-hostile-$fmt" validate hostile --as-of "$AS_OF" --threads 2 --format "$fmt"
  run "validate-filled-$fmt-en" validate filled --lang en --as-of "$AS_OF" --threads 2 --format "$fmt"
  run "validate-hostile-$fmt-en" validate hostile --lang en --as-of "$AS_OF" --threads 2 --format "$fmt"
done
run validate-diagnosis-day validate filled --as-of "$AS_OF" --diagnosis-day --threads 1
run validate-form validate filled --form line-device-survey --as-of "$AS_OF" --threads 1
run validate-max-findings validate variant --as-of "$AS_OF" --max-findings 3 --threads 1
runt validate-pdf validate filled variant --as-of "$AS_OF" --threads 2 --pdf "../cli/validate.pdf"
runt validate-pdf-en validate filled hostile --lang en --as-of "$AS_OF" --threads 2 --pdf "../cli/validate-en.pdf"

for id in $forms; do
  for ext in xlsx csv jsonl; do
    run "import-$id-$ext" import filled variant --form "$id" --as-of "$AS_OF" --threads 2 -o "../cli/import-$id.$ext"
  done
done

for fmt in text json tsv; do
  run "package-folder-$fmt" package package --as-of "$AS_OF" --format "$fmt"
  run "package-zip-$fmt" package package.zip --as-of "$AS_OF" --format "$fmt"
done
run package-zip-en package package.zip --lang en --as-of "$AS_OF"

for f in json/*.json examples/*.json; do
  base="$(basename "$(dirname "$f")")-$(basename "$f" .json)"
  run "render-$base-xlsx" render "$f" -o "../cli/render-$base.xlsx"
done
run render-support-request-pdf render json/support-request.json -o "../cli/render-support-request.pdf"
run render-support-request-xlsx-pdf render filled/support-request.xlsx -o "../cli/render-support-request-from-xlsx.pdf"
run render-not-pdf render json/line-device-survey.json -o "../cli/render-line-device-survey.pdf"

# the bridge: one server, a fixed day; each answer's status, content type and body
BR="$OUT/bridge"
mkdir -p "$BR"
"${JAVA[@]}" -jar "$JAR" serve --port "$PORT" --as-of "$AS_OF" >"$BR/serve.out" 2>"$BR/serve.err" </dev/null &
serve_pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do
  curl -fs "$base/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
# req NAME CURL-ARGS...: one request; status and content type to bridge/NAME.head, the body to bridge/NAME.body
req() {
  local name="$1"
  shift
  curl -s -o "$BR/$name.body" -w '%{http_code} %{content_type}\n' "$@" >"$BR/$name.head"
}
req health "$base/api/v1/health"
req version "$base/api/v1/version"
req forms "$base/api/v1/forms"
req forms-en "$base/api/v1/forms?lang=en"
req openapi "$base/openapi.json"
req page "$base/"
for id in $forms; do
  req "template-$id" "$base/api/v1/forms/$id/template"
done
req template-R6 "$base/api/v1/forms/checklist-hospital/template?version=R6"
req template-unknown "$base/api/v1/forms/no-such-form/template"
for f in filled/*.xlsx variant/*.xlsx; do
  b="$(basename "$(dirname "$f")")-$(basename "$f" .xlsx)"
  req "validate-$b-json" --data-binary "@$f" -H "Content-Type: $XLSX" "$base/api/v1/validate?filename=$(basename "$f")"
  req "validate-$b-tsv" -F "file=@$f" "$base/api/v1/validate?format=tsv"
  req "validate-$b-xlsx" -F "file=@$f" "$base/api/v1/validate?format=xlsx"
done
req validate-en -F "file=@variant/line-device-survey-variant.xlsx" \
  "$base/api/v1/validate?asOf=2025-06-01&diagnosisDay=true&form=line-device-survey&lang=en"
for f in hostile/*; do
  b="$(basename "$f")"
  req "validate-hostile-$b" --data-binary "@$f" -H "Content-Type: application/octet-stream" \
    "$base/api/v1/validate?filename=$b"
done
for id in $forms; do
  req "parse-$id" -F "file=@filled/$id.xlsx" "$base/api/v1/forms/$id/parse"
  req "render-$id" -H 'Content-Type: application/json' --data-binary "@json/$id.json" "$base/api/v1/forms/$id/render"
done
req render-pdf -H 'Content-Type: application/json' --data-binary "@json/support-request.json" \
  "$base/api/v1/forms/support-request/render?format=pdf"
req render-pdf-refused -H 'Content-Type: application/json' --data-binary "@json/line-device-survey.json" \
  "$base/api/v1/forms/line-device-survey/render?format=pdf"
req package-json -F "file=@package.zip" "$base/api/v1/packages/validate"
req package-tsv --data-binary @package.zip -H 'Content-Type: application/zip' "$base/api/v1/packages/validate?format=tsv"
req package-en -F "file=@package.zip" "$base/api/v1/packages/validate?lang=en"
req problem-csv --data-binary 'a,b' -H 'Content-Type: text/csv' "$base/api/v1/validate"
req problem-param "$base/api/v1/health?nope=1"
req problem-404 "$base/api/v1/nothing"
kill "$serve_pid" 2>/dev/null
wait "$serve_pid" 2>/dev/null
# the request log has times and durations: keep only method, path and status
sed -E 's/^[0-9:]+ (INFO|WARN|ERROR) ([A-Z]+ [^ ]+ [0-9]+) [0-9]+ms$/\2/' "$BR/serve.err" >"$BR/serve.log" && rm "$BR/serve.err"

echo "compare-outputs: $n CLI runs, $(ls "$BR"/*.head | wc -l) bridge requests into $OUT"
