#!/usr/bin/env bash
# Evidence benchmark: one 200 MB upload and a binder export of 1,000 files (2 GB) against the Release bot on
# loopback, sampling the bot's resident memory; the export is timed against `cp` of the same bytes (see README.md).
#
#   tests/benchmarks/evidence/run.sh
#   FILES=200 FILE_MB=2 BIG_MB=50 tests/benchmarks/evidence/run.sh      # a smaller run
set -euo pipefail

repo="$(cd "$(dirname "$0")/../../.." && pwd)"
port="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
files="${FILES:-1000}"
file_mb="${FILE_MB:-2}"
big_mb="${BIG_MB:-200}"
base="http://127.0.0.1:$port"
work="$(mktemp -d)"
bot_pid=""
sampler_pid=""

cleanup() {
  local status=$?
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if ((status != 0)) && [[ -f "$work/bot.log" ]]; then
    echo "run.sh: stopped with status $status; the end of the bot's log:" >&2; tail -30 "$work/bot.log" >&2
  fi
  if [[ -n "$bot_pid" ]] && kill -0 "$bot_pid" 2>/dev/null; then kill -TERM "$bot_pid"; wait "$bot_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
for tool in curl dotnet python3; do command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is required" >&2; exit 2; }; done

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$bot_pid/status"; }
# Samples VmRSS every 50 ms into $1 until killed; the peak is the figure.
start_sampler() { (while kill -0 "$bot_pid" 2>/dev/null; do rss_kib >>"$1"; sleep 0.05; done) & sampler_pid=$!; }
stop_sampler() { kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""; sort -n "$1" | tail -1; }

# Says something in Teams as $1 and prints the bot's replies (expectReplies).
say() {
  local id; id="bench-$RANDOM$RANDOM"
  curl -s "$base/api/messages" -H 'Content-Type: application/json' --data-binary @- <<JSON
{"type":"message","id":"$id","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies",
 "from":{"id":"29:$1","name":"$1","aadObjectId":"00000000-0000-0000-0000-00000000000$2"},"recipient":{"id":"28:bot","name":"bot"},
 "conversation":{"id":"a:$1","conversationType":"personal","tenantId":"t"},"channelData":{"tenant":{"id":"t"}},"locale":"zh-CN","text":"$3"}
JSON
}

echo "== publishing the bot (Release)"
dotnet publish "$repo/bot/CivilityBot/CivilityBot.csproj" -c Release -o "$work/bot" --nologo -v q >/dev/null
(cd "$work/bot" && exec env ASPNETCORE_ENVIRONMENT=Development Bot__MicrosoftAppId= Storage__Path="$work/data/bench.db" \
  People__BootstrapCoordinators__2=00000000-0000-0000-0000-000000000002 \
  Downloads__PublicBaseUrl="$base" Logging__LogLevel__Default=Warning dotnet CivilityBot.dll --urls "$base" >"$work/bot.log" 2>&1) &
bot_pid=$!
for _ in $(seq 1200); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$base/healthz" || true)" == "200" ]] && break
  kill -0 "$bot_pid" 2>/dev/null || { tail -40 "$work/bot.log" >&2; exit 1; }
  sleep 0.1
done

upload_link() { say 汪珂吉 1 我的清单 | grep -o "$base/upload/[A-Za-z0-9_.-]*" | head -1; }
# Warm-up, so "idle" is the service after its first use of each path (start-up JIT, assembly loading and pools
# are not counted as growth): first contact links the person, one small upload, one small binder export.
upload_link >/dev/null
{ printf '%%PDF-1.7\n'; head -c 100000 /dev/urandom; } >"$work/warm.pdf"
curl -s -o /dev/null --fail -F "files=@$work/warm.pdf;filename=预热.pdf" "$(upload_link)"
curl -s -o /dev/null --fail "$(say 周敬军 2 导出台账 | grep -o "$base/downloads/[A-Za-z0-9_-]*\.zip" | head -1)"
sleep 2
idle=$(rss_kib)
echo "== idle RSS after warm-up: $((idle / 1024)) MiB"

echo "== uploading one ${big_mb} MB file"
{ printf '%%PDF-1.7\n'; head -c $((big_mb * 1024 * 1024)) /dev/urandom; } >"$work/big.pdf"
link=$(upload_link)
start_sampler "$work/upload.rss"
started=$(date +%s.%N)
status=$(curl -s -o "$work/upload.txt" -w '%{http_code}' -F "files=@$work/big.pdf;filename=会议录音材料.pdf" "$link")
upload_s=$(python3 -c "import time; print(round(time.time() - $started, 2))")
upload_peak=$(stop_sampler "$work/upload.rss")
[[ "$status" == 200 ]] || { echo "upload failed: $status $(cat "$work/upload.txt")"; exit 1; }
rm "$work/big.pdf"

echo "== storing $files files of $file_mb MB for the binder (20 per upload)"
mkdir -p "$work/files"
head -c $((file_mb * 1024 * 1024)) /dev/urandom >"$work/filler"
for batch in $(seq 0 $(((files - 1) / 20))); do
  args=()
  for n in $(seq $((batch * 20)) $((batch * 20 + 19))); do
    ((n < files)) || break
    { printf '%%PDF-1.7\n%% %d\n' "$n"; cat "$work/filler"; } >"$work/files/$n.pdf"
    args+=(-F "files=@$work/files/$n.pdf;filename=材料$n.pdf")
  done
  curl -s -o /dev/null -w '' --fail "${args[@]}" "$(upload_link)"
  rm -f "$work/files/"*.pdf
done
stored=$(du -sm "$work/data/evidence" | cut -f1)

echo "== exporting the binder ($stored MB stored)"
zip_url=$(say 周敬军 2 导出台账 | grep -o "$base/downloads/[A-Za-z0-9_-]*\.zip" | head -1)
sync
start_sampler "$work/export.rss"
started=$(date +%s.%N)
curl -s --fail -o "$work/binder.zip" "$zip_url"
export_s=$(python3 -c "import time; print(round(time.time() - $started, 2))")
export_peak=$(stop_sampler "$work/export.rss")
zip_mb=$(du -sm "$work/binder.zip" | cut -f1)
entries=$(python3 -c "import zipfile,sys; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))" "$work/binder.zip")
rm "$work/binder.zip"

echo "== cp of the same bytes"
sync
started=$(date +%s.%N)
cp -r "$work/data/evidence" "$work/copy"
sync
cp_s=$(python3 -c "import time; print(round(time.time() - $started, 2))")

python3 - "$idle" "$upload_peak" "$upload_s" "$big_mb" "$export_peak" "$export_s" "$cp_s" "$stored" "$zip_mb" "$entries" <<'PY'
import sys
idle, up_peak, up_s, big, ex_peak, ex_s, cp_s, stored, zip_mb, entries = sys.argv[1:]
idle, up_peak, ex_peak = int(idle) / 1024, int(up_peak) / 1024, int(ex_peak) / 1024
up_s, ex_s, cp_s, stored, zip_mb, big = float(up_s), float(ex_s), float(cp_s), int(stored), int(zip_mb), int(big)
print(f"idle RSS                 {idle:7.1f} MiB")
print(f"upload {big} MB           {up_s:7.2f} s, peak RSS {up_peak:.1f} MiB (+{up_peak - idle:.1f})")
print(f"binder export            {ex_s:7.2f} s for {zip_mb} MB zip, {entries} entries ({zip_mb / ex_s:.0f} MB/s), peak RSS {ex_peak:.1f} MiB (+{ex_peak - idle:.1f})")
print(f"cp of the same {stored} MB {cp_s:7.2f} s ({stored / cp_s:.0f} MB/s)")
ok = up_peak - idle <= 50 and ex_peak - idle <= 50 and ex_s <= 2 * cp_s
print("PASS" if ok else "FAIL: memory over idle + 50 MiB or export slower than half of cp")
sys.exit(0 if ok else 1)
PY
