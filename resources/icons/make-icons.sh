#!/usr/bin/env bash
# Renders the icon (liaison-log.mvg, ImageMagick vector graphics) to the files each system
# wants: PNGs for Linux and the window, .ico for Windows, .icns for macOS (png2icns, Debian's
# icnsutils). The rendered files are kept in the repository; run this after changing the drawing.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert -size 1024x1024 xc:none -draw @liaison-log.mvg "$work/1024.png"
for size in 16 32 48 64 128 256 512; do
  convert "$work/1024.png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:liaison-log-$size.png"
done
cp liaison-log-256.png liaison-log.png
convert liaison-log-16.png liaison-log-32.png liaison-log-48.png liaison-log-256.png liaison-log.ico
png2icns liaison-log.icns liaison-log-16.png liaison-log-32.png liaison-log-48.png liaison-log-128.png \
  liaison-log-256.png liaison-log-512.png >/dev/null
