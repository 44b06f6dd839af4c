#!/usr/bin/env bash
# Makes the application class-data-sharing archive of an app-image where it lies:
#   cds.sh APPDIR
# APPDIR is the app-image's folder (holding bin/liaison-log). Two runs of the packaged launcher
# on a temporary catalogue, the start-up probe closing each once its window shows the example's
# events: the first makes the catalogue, the second (a plain start) records the classes it loaded
# in APPDIR/lib/app/liaison-log.jsa. The launcher's configuration then names the archive.
# Needs an X display: $DISPLAY, else xvfb-run. Exit status 0 when the archive is made and used;
# otherwise nonzero, with the image left without archive (the caller warns).
#
# Java 17 checks an archive against the class path it was made with, by path: the archive works
# only where it was made. The .deb's is therefore made at /opt/liaison-log (see package.sh).
set -euo pipefail

app=$(cd "$1" && pwd)
launcher="$app/bin/liaison-log"
cfg="$app/lib/app/liaison-log.cfg"
archive="$app/lib/app/liaison-log.jsa"
option='java-options=-XX:SharedArchiveFile=$APPDIR/liaison-log.jsa'

# Start from an image without archive (the option would make the training run read one).
rm -f "$archive"
sed -i '/SharedArchiveFile/d' "$cfg"

display=()
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "cds.sh: no X display and no xvfb-run" >&2
    exit 3
  fi
  display=(xvfb-run -a -s "-screen 0 1366x768x24")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  # HOME inside the work folder: nothing of the training run is left in the builder's home.
  env HOME="$work/home" LIAISON_LOG_STARTUP_PROBE=exit JAVA_TOOL_OPTIONS="${1:-}" \
    timeout 180 "${display[@]}" "$launcher" --catalogue "$work/catalogue" --example --language en \
    >"$work/out.txt" 2>&1
  grep -q 'startup-ms=' "$work/out.txt"
}
mkdir -p "$work/home"
if ! run "" || ! run "-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off"; then
  echo "cds.sh: the training run did not show the window:" >&2
  tail -5 "$work/out.txt" >&2
  rm -f "$archive"
  exit 4
fi
[ -s "$archive" ] || { echo "cds.sh: no archive written" >&2; exit 5; }
echo "$option" >>"$cfg"
# -Xshare:on makes the JVM refuse to start if the archive cannot be used: proof that it is.
if ! env JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>"$work/err.txt"; then
  echo "cds.sh: the archive is not usable:" >&2
  tail -3 "$work/err.txt" >&2
  rm -f "$archive"
  sed -i '/SharedArchiveFile/d' "$cfg"
  exit 6
fi
echo "cds.sh: class-data-sharing archive $(du -h "$archive" | cut -f1) at $archive"
