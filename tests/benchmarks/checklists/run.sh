#!/usr/bin/env bash
# Checklist save benchmark: Action.Execute saves through POST /api/messages against the Release bot on loopback,
# then a check that the bot stored exactly as many changes as it acknowledged (see README.md here).
#
#   tests/benchmarks/checklists/run.sh                     # 32 concurrent workers, 20 s after a 3 s warm-up
#   SECONDS_MEASURED=60 CONCURRENCY=16 tests/benchmarks/checklists/run.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-3978}"
concurrency="${CONCURRENCY:-32}"
measured="${SECONDS_MEASURED:-20}"
warmup="${WARMUP:-3}"
minimum="${MIN_SAVES_PER_SEC:-1000}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
bot_pid=""

stop_bot() {
  if [[ -n "$bot_pid" ]] && kill -0 "$bot_pid" 2>/dev/null; then
    kill -TERM "$bot_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$bot_pid" 2>/dev/null || true
  fi
  bot_pid=""
}
cleanup() { stop_bot; rm -rf "$work"; }
trap cleanup EXIT

for tool in curl dotnet; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required" >&2; exit 2; }
done
if curl -s -o /dev/null --max-time 1 "$base/healthz"; then
  echo "run.sh: something already answers on $base; stop it or set PORT" >&2
  exit 2
fi

echo "== publishing the bot and the load generator (Release)"
dotnet publish "$repo/bot/CivilityBot/CivilityBot.csproj" -c Release -o "$work/bot" --nologo -v q >/dev/null
dotnet publish "$repo/tests/benchmarks/checklists/ChecklistSaves/ChecklistSaves.csproj" -c Release -o "$work/bench" --nologo -v q >/dev/null

echo "== starting the bot on $base"
# Development only opens the no-token loopback path; the build is Release.
(cd "$work/bot" && exec env ASPNETCORE_ENVIRONMENT=Development Bot__MicrosoftAppId= Storage__Path="$work/bench.db" \
  Logging__LogLevel__Default=Warning dotnet CivilityBot.dll --urls "$base" >"$work/bot.log" 2>&1) &
bot_pid=$!
for _ in $(seq 1200); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/healthz" || true)" == "200" ]] && break
  kill -0 "$bot_pid" 2>/dev/null || { echo "run.sh: the bot exited during start-up:" >&2; tail -40 "$work/bot.log" >&2; exit 1; }
  sleep 0.1
done

echo "== saving: $concurrency workers, ${warmup}s warm-up, ${measured}s measured"
set +e
dotnet "$work/bench/ChecklistSaves.dll" load --url "$base" --campaign "$repo/bot/CivilityBot/data/campaign.json" \
  --concurrency "$concurrency" --warmup "$warmup" --seconds "$measured" | tee "$work/load.txt"
load_status=${PIPESTATUS[0]}
set -e
peak_kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$bot_pid/status")

echo "== stopping the bot, then counting what it stored"
stop_bot
dotnet "$work/bench/ChecklistSaves.dll" count --db "$work/bench.db" | tee "$work/count.txt"

sent=$(awk '$1 == "saves_sent_ok" { print $2 }' "$work/load.txt")
errors=$(awk '$1 == "errors" { print $2 }' "$work/load.txt")
rate=$(awk '$1 == "saves_per_sec" { print $2 }' "$work/load.txt")
stored=$(awk '$1 == "audit_rows_stored" { print $2 }' "$work/count.txt")
revisions=$(awk '$1 == "done_revisions_sum" { print $2 }' "$work/count.txt")

echo
echo "== result"
echo "saves_per_sec          $rate (required: >= $minimum)"
echo "acknowledged_saves     $sent"
echo "stored_audit_rows      $stored"
echo "stored_revisions_sum   $revisions"
echo "errors                 $errors"
echo "peak_rss_mib           $(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k / 1024 }')"
if [[ "$load_status" -ne 0 || "$errors" != "0" || "$sent" != "$stored" || "$sent" != "$revisions" || "$rate" -lt "$minimum" ]]; then
  echo "FAIL: errors, lost saves or too slow" >&2
  exit 1
fi
echo "PASS: every acknowledged save is stored exactly once"
