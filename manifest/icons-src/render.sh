#!/usr/bin/env bash
# Renders the committed icons from their SVG sources (Debian package librsvg2-bin).
# Run after editing an SVG, then commit the PNGs; packaging uses the PNGs as they are.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
rsvg-convert --width 192 --height 192 --output ../color.png color.svg
rsvg-convert --width 32 --height 32 --background-color none --output ../outline.png outline.svg
echo "wrote manifest/color.png and manifest/outline.png"
