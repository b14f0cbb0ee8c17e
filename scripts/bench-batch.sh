#!/usr/bin/env bash
# Batch benchmark of the command line: wall time and peak RSS of `validate` and `import` over N generated
# line-device-survey workbooks (default 2,000), with a bounded heap (default -Xmx512m), run through the launcher
# ./medsec-forms as users run it (its JVM options and class-data-sharing archive; the heap and a GC log are passed in
# MEDSEC_FORMS_JAVA_OPTS), plus the time to the first result (one workbook) and, for comparison, plain `java -jar`.
#
#   scripts/bench-batch.sh [N]            # HEAP=-Xmx256m scripts/bench-batch.sh 2000
#
# Needs GNU time (/usr/bin/time; Debian: apt-get install time). The workbooks and all outputs go to
# cli/target/bench/ (not in git). Results are summarised at the end and in cli/target/bench/results.txt;
# docs/performance.md ("Batch (CLI)") records the numbers of a run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

N="${1:-2000}"
HEAP="${HEAP:--Xmx512m}"
OUT=cli/target/bench
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
  echo "GNU time is missing: apt-get install time" >&2
  exit 2
fi

echo "== build (runnable jar, test classes and their classpath)" >&2
./mvnw -q -B -pl cli -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
JAR=cli/target/medsec-forms-all.jar

if [ "$(find "$OUT/in" -name 'lds-*.xlsx' 2>/dev/null | wc -l)" -ne "$N" ]; then
  echo "== generating $N workbooks in $OUT/in" >&2
  rm -rf "$OUT/in"
  java -cp "cli/target/test-classes:$(cat cli/target/test-classpath.txt)" \
    io.github.medsecforms.cli.bench.BenchWorkbooks "$OUT/in" "$N"
fi
mkdir -p "$OUT"
: > "$OUT/results.txt"
# the launcher makes its class-data-sharing archive on its first run after a build: not part of a measurement
./medsec-forms --version > /dev/null

# measure NAME HEAP ARGS...: runs the launcher under GNU time with a GC log; records wall time, CPU, peak RSS, the
# largest heap left after a garbage collection (the live data), exit code, OutOfMemoryError, and the load average
# (other processes on a shared machine slow the wall time, not the CPU time). With JAVA_JAR=1 in the environment the
# jar runs as `java HEAP -jar` instead, without the launcher's options and archive.
measure() {
  local name="$1" heap="$2"
  shift 2
  local code=0 run
  if [ -n "${JAVA_JAR:-}" ]; then
    run=(java "$heap" "-Xlog:gc:file=$OUT/$name.gc" -jar "$JAR")
  else
    run=(env "MEDSEC_FORMS_JAVA_OPTS=$heap -Xlog:gc:file=$OUT/$name.gc" ./medsec-forms)
  fi
  "$TIME" -v -o "$OUT/$name.time" "${run[@]}" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err" || code=$?
  local wall rss cpu user sys oom load live
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$name.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.time")
  cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$OUT/$name.time")
  user=$(sed -n 's/.*User time (seconds): //p' "$OUT/$name.time")
  sys=$(sed -n 's/.*System time (seconds): //p' "$OUT/$name.time")
  oom=$(grep -c OutOfMemoryError "$OUT/$name.err" || true)
  live=$(grep -o -- '->[0-9]*M' "$OUT/$name.gc" | tr -d -- '->M' | sort -n | tail -1 || true)
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '%-18s %-9s wall %8s  CPU %5s (user %6ss, sys %5ss)  peak RSS %4d MiB  heap after GC ≤ %4s MiB  exit %d  OOM %s  load %s\n' \
    "$name" "$heap" "$wall" "$cpu" "$user" "$sys" "$((rss / 1024))" "${live:-?}" "$code" "$oom" "$load" \
    | tee -a "$OUT/results.txt"
}

echo "== $N workbooks, java $HEAP, $(nproc) CPUs ($(java -version 2>&1 | head -1))" | tee -a "$OUT/results.txt"
FIRST="$(find "$OUT/in" -name 'lds-*.xlsx' | sort | sed -n 1p)" # (sed reads to the end: no SIGPIPE for pipefail)
measure first-result      "$HEAP"    validate "$FIRST" --as-of 2025-03-31
JAVA_JAR=1 measure first-result-jar "$HEAP" validate "$FIRST" --as-of 2025-03-31
measure validate          "$HEAP"    validate "$OUT/in" --as-of 2025-03-31
JAVA_JAR=1 measure validate-java-jar "$HEAP" validate "$OUT/in" --as-of 2025-03-31
measure validate-1-thread "$HEAP"    validate "$OUT/in" --as-of 2025-03-31 --threads 1
measure validate-json     "$HEAP"    validate "$OUT/in" --as-of 2025-03-31 --format json
measure import-xlsx       "$HEAP"    import "$OUT/in" --form line-device-survey --as-of 2025-03-31 -o "$OUT/list.xlsx"
measure import-csv        "$HEAP"    import "$OUT/in" --form line-device-survey --as-of 2025-03-31 -o "$OUT/list.csv"
# the same runs in a quarter of the heap: memory is bounded by the files in flight, not by their number
measure validate-128m     -Xmx128m   validate "$OUT/in" --as-of 2025-03-31
measure import-xlsx-128m  -Xmx128m   import "$OUT/in" --form line-device-survey --as-of 2025-03-31 -o "$OUT/list-128m.xlsx"
tail -1 "$OUT/validate.out" | tee -a "$OUT/results.txt"
cat "$OUT/import-xlsx.out" | tee -a "$OUT/results.txt"
