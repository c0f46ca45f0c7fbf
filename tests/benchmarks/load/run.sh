#!/usr/bin/env bash
# HTTP load benchmark: item questions against the Release bot on loopback (see tests/benchmarks/README.md).
#
#   tests/benchmarks/load/run.sh            # 16 connections, 2 threads, 20 s after a 5 s warm-up
#   DURATION=60s CONNECTIONS=32 tests/benchmarks/load/run.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-3978}"
connections="${CONNECTIONS:-16}"
threads="${THREADS:-2}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-5s}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
bot_pid=""

cleanup() {
  if [[ -n "$bot_pid" ]] && kill -0 "$bot_pid" 2>/dev/null; then
    kill -TERM "$bot_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$bot_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk curl dotnet; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required (wrk: apt-get install wrk)" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$base/healthz"; then
  echo "run.sh: something already answers on $base; stop it or set PORT" >&2
  exit 2
fi

echo "== publishing the bot (Release)"
dotnet publish "$repo/bot/CivilityBot/CivilityBot.csproj" -c Release -o "$work/publish" --nologo -v q >/dev/null

echo "== starting the bot on $base"
started_ns=$(date +%s%N)
# Development only opens the no-token loopback path that lets wrk call the bot; the build is Release.
(cd "$work/publish" && exec env ASPNETCORE_ENVIRONMENT=Development Bot__MicrosoftAppId= Storage__Path="$work/bench.db" \
  dotnet CivilityBot.dll --urls "$base" >"$work/bot.log" 2>&1) &
bot_pid=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/healthz" || true)" == "200" ]]; do
  kill -0 "$bot_pid" 2>/dev/null || { echo "run.sh: the bot exited during start-up:" >&2; tail -40 "$work/bot.log" >&2; exit 1; }
  (( ($(date +%s%N) - started_ns) / 1000000 < 120000 )) || { echo "run.sh: no healthy bot after 120 s" >&2; exit 1; }
  sleep 0.05
done
startup_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))

echo "== checking one answer"
sample='{"type":"message","id":"bench-check","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","from":{"id":"29:x","name":"压测用户","aadObjectId":"b0000000-0000-4000-8000-000000000000"},"recipient":{"id":"28:bot"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"t"},"text":"第16项谁负责","deliveryMode":"expectReplies"}'
answer="$(curl -s --max-time 15 -H 'Content-Type: application/json' -d "$sample" "$base/api/messages")"
grep -q '"activities"' <<<"$answer" || { echo "run.sh: the bot did not answer with activities: $answer" >&2; exit 1; }

lua="$repo/tests/benchmarks/load/item-questions.lua"
echo "== warm-up ($warmup)"
wrk -t"$threads" -c"$connections" -d"$warmup" -s "$lua" "$base/api/messages" >/dev/null
echo "== measuring: $threads threads, $connections connections, $duration"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$base/api/messages" | tee "$work/wrk.txt"

peak_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$bot_pid/status")
requests_per_sec=$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF } /Socket errors:/ { print }' "$work/wrk.txt")

echo
echo "== result"
echo "startup_to_healthy_ms  $startup_ms"
echo "requests_per_sec       $requests_per_sec"
echo "latency_p99            $p99"
echo "peak_rss_mib           $(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k / 1024 }')"
echo "errors                 ${errors:-none}"
