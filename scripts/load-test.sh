#!/usr/bin/env bash
# Load test of the local bridge (docs/performance.md, "Load"): starts `medsec-forms serve` as its own process on a free
# loopback port, sends REQUESTS validate requests over CONCURRENCY connections with real filled workbooks
# (LoadHarness in http-bridge's test sources), checks every answer against in-process validation, and records the
# server's heap after a full GC before and after the load (memory must stay flat) and its resident size.
#
# Then the slow-client scenario (issue 11, item 10): SLOW connections send the headers of a 25 MiB upload and trickle
# its body at 1 byte/s while health checks and small validations are timed (every answer, p50/p99, the slowest) and
# the server's resident size is sampled (target: every answer within 2 s, RSS at most 512 MB).
#
# usage: scripts/load-test.sh [REQUESTS=10000] [CONCURRENCY=16] [SLOW=60] [SLOW_SECONDS=30]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REQUESTS="${1:-10000}"
CONCURRENCY="${2:-16}"
SLOW="${3:-60}"
SLOW_SECONDS="${4:-30}"
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

echo "== slow clients: $SLOW uploads trickling 1 byte/s for ${SLOW_SECONDS}s =="
java -jar "$JAR" template support-request -o "$OUT/small.xlsx" --force >/dev/null
python3 - "$PORT" "$SLOW" "$SLOW_SECONDS" "$OUT/small.xlsx" "$SERVER" <<'PY'
import socket, sys, threading, time, http.client
port, slow, seconds, small, pid = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
body = open(small, "rb").read()
stop = time.time() + seconds
statuses = {}
def record(key):
    statuses[key] = statuses.get(key, 0) + 1
def trickle():
    # one upload after another: headers of a 25 MiB body, then 1 byte a second, watching for the server's answer
    while time.time() < stop:
        s = None
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=60)
            s.sendall(("POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/octet-stream\r\n"
                       "Content-Length: %d\r\n\r\n" % (port, 25 << 20)).encode())
            s.settimeout(1.0)
            answered = False
            while time.time() < stop and not answered:
                s.sendall(b"P")
                try:
                    data = s.recv(64)
                    answer = data.decode("latin-1").split(" ")
                    record(answer[1] if data and len(answer) > 1 else "closed")
                    answered = True
                except socket.timeout:
                    pass
            if not answered:
                record("still open at the end")
        except OSError:
            record("closed")
        finally:
            if s is not None:
                s.close()
for _ in range(slow):
    threading.Thread(target=trickle, daemon=True).start()
time.sleep(1)
times, codes, rss = [], {}, []
while time.time() < stop:
    for path, payload in (("/api/v1/health", None), ("/api/v1/validate?filename=small.xlsx", body)):
        t = time.time()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            if payload is None:
                c.request("GET", path)
            else:
                c.request("POST", path, payload, {"Content-Type": "application/octet-stream"})
            r = c.getresponse(); r.read(); code = r.status; c.close()
        except Exception as e:
            code = type(e).__name__
        times.append(time.time() - t); codes[code] = codes.get(code, 0) + 1
    rss.append(int([l.split()[1] for l in open("/proc/%s/status" % pid) if l.startswith("VmRSS")][0]) // 1024)
    time.sleep(0.2)
times.sort()
p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print("answers during the attack: %d %s; p50 %.3f s, p99 %.3f s, slowest %.3f s; RSS max %d MB; slow uploads ended by: %s"
      % (len(times), codes, p(0.5), p(0.99), times[-1], max(rss), statuses))
PY
echo "after slow clients: heap $(heap)  rss $(rss)"
