#!/usr/bin/env bash
# Load test of the local bridge (docs/performance.md, "Load"): starts `medsec-forms serve` as its own process on a free
# loopback port, sends REQUESTS validate requests over CONCURRENCY connections with real filled workbooks
# (LoadHarness in http-bridge's test sources), checks every answer against in-process validation, and records the
# server's heap after a full GC before and after the load (memory must stay flat) and its resident size.
#
# usage: scripts/load-test.sh [REQUESTS=10000] [CONCURRENCY=16]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REQUESTS="${1:-10000}"
CONCURRENCY="${2:-16}"
AS_OF=2025-03-31
OUT=target/load
mkdir -p "$OUT"

./mvnw -q -B -DskipTests install >/dev/null
JAR=cli/target/medsec-forms-all.jar
./mvnw -q -B -pl http-bridge dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$OUT/cp.txt" >/dev/null
CP="http-bridge/target/test-classes:http-bridge/target/classes:$(cat "$OUT/cp.txt")"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -jar "$JAR" serve --port "$PORT" --as-of "$AS_OF" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done

heap() { jcmd "$SERVER" GC.run >/dev/null; jcmd "$SERVER" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|used/ {print; exit}'; }
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER/status"; }

echo "server pid $SERVER on port $PORT; load: $(uptime | sed 's/.*load average: //')"
java -cp "$CP" io.github.medsecforms.bridge.load.LoadHarness "http://127.0.0.1:$PORT" 400 "$CONCURRENCY" "$AS_OF" | tail -1
echo "after warm-up:  heap $(heap)  rss $(rss)"
java -cp "$CP" io.github.medsecforms.bridge.load.LoadHarness "http://127.0.0.1:$PORT" "$REQUESTS" "$CONCURRENCY" "$AS_OF" "$OUT/result.json"
echo "after load:     heap $(heap)  rss $(rss)"
java -cp "$CP" io.github.medsecforms.bridge.load.LoadHarness "http://127.0.0.1:$PORT" "$REQUESTS" "$CONCURRENCY" "$AS_OF" | tail -1
echo "after 2nd load: heap $(heap)  rss $(rss)"
echo "load at the end: $(uptime | sed 's/.*load average: //')"
