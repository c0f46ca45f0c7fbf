#!/usr/bin/env bash
# Side-by-side benchmark of the three deployments of issue 12, in one run on this machine (see README.md here):
#   1 instance on LiteDB  |  1 instance on PostgreSQL  |  3 instances on PostgreSQL behind nginx
# For each: question answering (wrk + ../load/item-questions.lua) and checklist saves (../checklists/ChecklistSaves),
# and the CPU time the bot processes and the PostgreSQL server spent per save.
#
#   tests/benchmarks/cluster/run.sh
#   SECONDS_MEASURED=30 WARMUP_SECONDS=30 CONCURRENCY=16 CIVILITYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=postgres' tests/benchmarks/cluster/run.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/../../.." && pwd)"
seconds="${SECONDS_MEASURED:-15}"
warmup="${WARMUP_SECONDS:-30}" # tiered compilation (with dynamic PGO) still compiles after 10 s: measure every deployment warm
concurrency="${CONCURRENCY:-16}"
work="$(mktemp -d)"
pids=()
pg_data=""
pg_ctl=""

cleanup() {
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  if [[ -n "$pg_data" ]]; then as_postgres "$pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

for tool in wrk curl dotnet nginx psql; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required (apt-get install wrk nginx postgresql)" >&2; exit 2; }
done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- PostgreSQL: the server CIVILITYBOT_TEST_POSTGRES names, else a throwaway cluster in the temp folder.
if [[ -z "${CIVILITYBOT_TEST_POSTGRES:-}" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pg_ctl="$bin/pg_ctl"
  pg_port="$(free_port)"
  pg_data="$work/pg"
  mkdir -p "$pg_data" && chmod 777 "$work" && [[ $(id -u) != 0 ]] || chown postgres "$pg_data"
  as_postgres "$bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB" start >/dev/null
  CIVILITYBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
fi
pg_host_port() { sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$CIVILITYBOT_TEST_POSTGRES"; }
psql_admin() { psql -h 127.0.0.1 -p "$(pg_host_port)" -U postgres -qAt "$@"; }
postmaster="$(psql_admin -c "select pid from pg_stat_activity where backend_type = 'checkpointer'" | head -1)"
postmaster="$(awk '{ print $4 }' "/proc/$postmaster/stat")" # the checkpointer's parent is the postmaster

echo "== publishing the bot and the save generator (Release)"
dotnet publish "$repo/bot/CivilityBot/CivilityBot.csproj" -c Release -o "$work/bot" --nologo -v q >/dev/null
dotnet publish "$repo/tests/benchmarks/checklists/ChecklistSaves/ChecklistSaves.csproj" -c Release -o "$work/bench" --nologo -v q >/dev/null

# CPU ticks (user + system, including reaped children) of the given processes and all their children.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    for p in "$pid" $(pgrep -P "$pid" || true); do
      [[ -r "/proc/$p/stat" ]] || continue
      total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat")))
    done
  done
  echo "$total"
}

start_bot() { # name port provider database
  local port="$2" provider="$3" database="$4"
  (cd "$work/bot" && exec env ASPNETCORE_ENVIRONMENT=Development Bot__MicrosoftAppId= Logging__LogLevel__Default=Warning \
    Storage__Provider="$provider" Storage__Path="$work/$database.db" \
    Storage__ConnectionString="$CIVILITYBOT_TEST_POSTGRES;Database=$database" \
    dotnet CivilityBot.dll --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/healthz" || true)" == 200 ]] && return
    sleep 0.1
  done
  echo "run.sh: $1 did not start:" >&2; tail -30 "$work/$1.log" >&2; exit 1
}

start_nginx() { # port upstream-ports...
  local port="$1"; shift
  local prefix="$work/nginx-$port" servers="" user=""
  mkdir -p "$prefix"
  for upstream in "$@"; do servers+="server 127.0.0.1:$upstream;"; done
  [[ $(id -u) == 0 ]] && user="user root;"
  cat >"$prefix/nginx.conf" <<CONF
$user
daemon off; worker_processes 2; pid $prefix/nginx.pid; error_log $prefix/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $prefix/body; proxy_temp_path $prefix/proxy; fastcgi_temp_path $prefix/fastcgi;
  uwsgi_temp_path $prefix/uwsgi; scgi_temp_path $prefix/scgi;
  upstream bots { $servers keepalive 128; }
  server { listen 127.0.0.1:$port;
    location / { proxy_pass http://bots; proxy_http_version 1.1; proxy_set_header Connection ""; } }
}
CONF
  nginx -p "$prefix" -c "$prefix/nginx.conf" &
  pids+=($!)
  for _ in $(seq 100); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/healthz" || true)" == 200 ]] && return
    sleep 0.1
  done
  echo "run.sh: nginx did not start" >&2; cat "$prefix/error.log" >&2; exit 1
}

results=()
measure() { # label provider instances
  local label="$1" provider="$2" instances="$3" database="bench_$RANDOM$RANDOM" ports=() bot_pids=() url
  [[ "$provider" == PostgreSql ]] && psql_admin -c "CREATE DATABASE $database"
  local first=${#pids[@]}
  for i in $(seq "$instances"); do ports+=("$(free_port)"); start_bot "$database-$i" "${ports[-1]}" "$provider" "$database"; done
  bot_pids=("${pids[@]:$first}")
  if ((instances > 1)); then local lb; lb="$(free_port)"; start_nginx "$lb" "${ports[@]}"; url="http://127.0.0.1:$lb"; else url="http://127.0.0.1:${ports[0]}"; fi

  echo "== $label: questions (wrk, 2 threads, 16 connections, ${seconds}s after ${warmup} s warm-up)"
  wrk -t2 -c16 -d"${warmup}s" -s "$repo/tests/benchmarks/load/item-questions.lua" "$url/api/messages" >/dev/null
  wrk -t2 -c16 -d"${seconds}s" --latency -s "$repo/tests/benchmarks/load/item-questions.lua" "$url/api/messages" >"$work/wrk.txt"
  local qps; qps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$work/wrk.txt")
  local q99; q99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")

  echo "== $label: checklist saves ($concurrency workers, ${seconds}s after ${warmup} s warm-up)"
  local watched=("${bot_pids[@]}"); [[ "$provider" == PostgreSql ]] && watched+=("$postmaster")
  # CPU is read over the measured seconds only (the generator counts the saves of those seconds only).
  dotnet "$work/bench/ChecklistSaves.dll" load --url "$url" --campaign "$repo/bot/CivilityBot/data/campaign.json" \
    --seconds "$seconds" --warmup "$warmup" --concurrency "$concurrency" >"$work/saves.txt" &
  local generator=$!
  sleep "$warmup"
  local before; before=$(cpu_ticks "${watched[@]}")
  wait "$generator"
  local after; after=$(cpu_ticks "${watched[@]}")
  local ok; ok=$(awk '/^saves_sent_ok/ { print $2 }' "$work/saves.txt")
  local sps; sps=$(awk '/^saves_per_sec/ { print $2 }' "$work/saves.txt")
  local s99; s99=$(awk '/^latency_p99/ { print $2, $3 }' "$work/saves.txt")
  local errors; errors=$(awk '/^errors/ { print $2 }' "$work/saves.txt")
  local hz; hz=$(getconf CLK_TCK)
  local cpu_ms; cpu_ms=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$ok" 'BEGIN { printf "%.2f", t * 1000 / hz / n }')
  results+=("| $label | $qps | $q99 | $sps | $s99 | $errors | $cpu_ms |")

  for pid in "${pids[@]:$first}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]:$first}"; do wait "$pid" 2>/dev/null || true; done
  pids=("${pids[@]:0:$first}")
  [[ "$provider" == PostgreSql ]] && psql_admin -c "DROP DATABASE $database WITH (FORCE)"
  return 0
}

measure "1 × LiteDB" LiteDb 1
measure "1 × PostgreSQL" PostgreSql 1
measure "3 × PostgreSQL + nginx" PostgreSql 3

echo
echo "== result ($(nproc) cores; load generators share them)"
echo "| deployment | questions/s | p99 | saves/s | save p99 | save errors | CPU ms per save (bot + PostgreSQL) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
