#!/usr/bin/env bash
# CI's test of the packaged program (issue 7): starts the app-image's launcher on a temporary
# catalogue with the example, waits until its window shows the example's events (the start-up
# probe says so, and the window is on the X display), asks it to quit with Ctrl+Q as a user
# would, and checks that it exits by itself, with status 0, having closed its catalogue.
#   installer/smoke-test.sh [APP_IMAGE]      (default: target/installer/image/liaison-log)
# Fails (nonzero) if the window does not show within 120 s, or the program does not exit within
# 60 s of Ctrl+Q, or exits with another status. Needs xdotool; without $DISPLAY it runs itself
# under Xvfb (xvfb-run).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
app=$(cd "${1:-$root/target/installer/image/liaison-log}" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$app"
fi
launcher="$app/bin/liaison-log"
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "smoke-test: FAILED: $*" >&2
  echo "--- the program's output:" >&2
  cat "$work/out.txt" >&2 || true
  exit 1
}

"$launcher" --version
LIAISON_LOG_STARTUP_PROBE=print "$launcher" --catalogue "$work/catalogue" --example --language en \
  >"$work/out.txt" 2>&1 &
pid=$!

shown=
for _ in $(seq 1 1200); do
  kill -0 "$pid" 2>/dev/null || fail "the program ended before showing its window"
  if grep -q 'startup-ms=' "$work/out.txt"; then shown=yes; break; fi
  sleep 0.1
done
[ -n "$shown" ] || fail "no window with the example's events within 120 s"
window=$(xdotool search --onlyvisible --name '^Liaison Log' | head -1 || true)
[ -n "$window" ] || fail "the probe reported, but no window named Liaison Log is on the display"
echo "smoke-test: window $window shown: $(grep -o 'startup-ms=[0-9]*' "$work/out.txt")"

xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
xdotool key --clearmodifiers ctrl+q
status=
for _ in $(seq 1 600); do
  if ! kill -0 "$pid" 2>/dev/null; then
    set +e; wait "$pid"; status=$?; set -e
    break
  fi
  sleep 0.1
done
[ -n "$status" ] || fail "still running 60 s after Ctrl+Q"
pid=
[ "$status" = 0 ] || fail "exit status $status after Ctrl+Q"
[ -e "$work/catalogue/catalogue.closed" ] || fail "exited, but did not close its catalogue (no catalogue.closed)"
echo "smoke-test: passed (window shown, closed by Ctrl+Q, exit status 0, catalogue closed)"
