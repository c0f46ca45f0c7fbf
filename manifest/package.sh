#!/usr/bin/env bash
# Builds the Teams app package manifest/build/CivilityBot.zip.
#
#   manifest/package.sh [APP_ID] [BOT_DOMAIN]
#
# APP_ID is the bot's Microsoft App ID (a GUID). When not given it comes from the environment
# variable Bot__MicrosoftAppId, then from Bot:MicrosoftAppId in bot/CivilityBot/appsettings.<env>.json
# (env = ASPNETCORE_ENVIRONMENT, default Production) or bot/CivilityBot/appsettings.json.
# The same GUID becomes the app id and the bot id, so each bot registration is its own Teams app.
# BOT_DOMAIN (or env BOT_DOMAIN) is the host name the bot is served from, e.g. civilitybot.example.org;
# it goes into validDomains. A URL is accepted and reduced to its host.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
settings_dir="$here/../bot/CivilityBot"
placeholder="00000000-0000-0000-0000-000000000000"
guid_pattern='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

fail() { echo "package.sh: $*" >&2; exit 2; }

setting_from_file() {
  local file="$1"
  [[ -f "$file" ]] || return 0
  jq -r '.Bot.MicrosoftAppId // empty' "$file" 2>/dev/null \
    || echo "package.sh: warning: could not read $file as JSON, ignoring it" >&2
}

resolve_app_id() {
  local id="${1:-${Bot__MicrosoftAppId:-}}"
  local environment="${ASPNETCORE_ENVIRONMENT:-${DOTNET_ENVIRONMENT:-Production}}"
  [[ -n "$id" ]] || id="$(setting_from_file "$settings_dir/appsettings.$environment.json")"
  [[ -n "$id" ]] || id="$(setting_from_file "$settings_dir/appsettings.json")"
  echo "$id"
}

resolve_domain() {
  local domain="${1:-${BOT_DOMAIN:-}}"
  domain="${domain#*://}"
  domain="${domain%%/*}"
  echo "$domain"
}

for tool in jq zip; do
  command -v "$tool" >/dev/null || fail "'$tool' is required (apt-get install $tool)"
done

app_id="$(resolve_app_id "${1:-}")"
[[ -n "$app_id" ]] || fail "no bot app id. Pass it as the first argument, set Bot__MicrosoftAppId, or set Bot:MicrosoftAppId in bot/CivilityBot/appsettings.json."
[[ "$app_id" =~ $guid_pattern ]] || fail "the bot app id '$app_id' is not a GUID (expected xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
[[ "$app_id" != "$placeholder" ]] || fail "the bot app id is the all-zero placeholder; use the real Microsoft App ID of the Azure Bot."

domain="$(resolve_domain "${2:-}")"
if [[ -n "$domain" && ! "$domain" =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
  fail "the bot domain '$domain' is not a host name."
fi
[[ -n "$domain" ]] || echo "package.sh: no bot domain given (argument 2 or BOT_DOMAIN); validDomains stays empty." >&2

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

jq --arg id "$app_id" --arg domain "$domain" '
  .id = $id
  | .bots[0].botId = $id
  | .validDomains = (if $domain == "" then [] else [$domain] end)
' "$here/manifest.json" > "$staging/manifest.json"
cp "$here/zh-CN.json" "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$here/build"
rm -f "$here/build/CivilityBot.zip"
(cd "$staging" && zip -q -X "$here/build/CivilityBot.zip" manifest.json zh-CN.json color.png outline.png)
echo "wrote $here/build/CivilityBot.zip (app id $app_id${domain:+, domain $domain})"
