#!/usr/bin/env bash
# Start-up time of the packaged program against the floor of this machine (issue 7):
#   installer/measure-startup.sh [-n RUNS] [APP_IMAGE]
# APP_IMAGE is the Linux app-image folder (default: target/installer/image/liaison-log, made by
# `mvn -Pinstaller package`). Prints, as medians of RUNS runs each (default 7):
#   - the packaged program: process start to a rendered frame of the window showing the example
#     catalogue's events (the start-up probe, LIAISON_LOG_STARTUP_PROBE=exit, in the program);
#   - the floor: a minimal JavaFX window with one label (org.liaisonlog.StartupFloor) on the same
#     runtime with the same options (but without the program's class-data-sharing archive), timed
#     by the same probe to its first rendered frame;
#   - their ratio (target: at most 1.5), and the program's resident memory (VmRSS, and its peak
#     VmHWM, from /proc) five seconds after it has shown the example (target: under 250 MB).
# The example catalogue is made once, in a temporary folder; each run opens a fresh copy of it.
# One run of each comes first and is not counted (it fills the disk cache). Without $DISPLAY the
# script runs itself under Xvfb (xvfb-run), one X server for all runs.
set -euo pipefail

runs=7
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
app=$(cd "${1:-$root/target/installer/image/liaison-log}" && pwd)

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" -n "$runs" "$app"
fi

launcher="$app/bin/liaison-log"
java="$app/lib/runtime/bin/java"
cfg="$app/lib/app/liaison-log.cfg"
[ -x "$launcher" ] || { echo "measure-startup.sh: no launcher at $launcher" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The floor gets the launcher's own JVM options, less those naming the program's files.
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v '\$APPDIR')
classpath="$app/lib/app/*:$app/lib/app/lib/*"

figure() { sed -n 's/.*startup-ms=\([0-9]*\).*/\1/p' "$1" | head -1; }
# The resident memory the probe saw at that frame, in MB (the last run's).
resident() { sed -n 's/.*vmrss-kb=\([0-9]*\).*/\1/p' "$work/out.txt" | awk '{print int($1 / 1024)}' >"$work/$1.rss"; }
program() {
  rm -rf "$work/catalogue"
  cp -a "$work/example" "$work/catalogue"
  LIAISON_LOG_STARTUP_PROBE=exit timeout 120 "$launcher" --catalogue "$work/catalogue" --language en \
    >"$work/out.txt" 2>&1 || true
  resident program
  figure "$work/out.txt"
}
floor() {
  LIAISON_LOG_STARTUP_PROBE=exit timeout 120 "$java" "${options[@]}" -cp "$classpath" \
    org.liaisonlog.StartupFloor >"$work/out.txt" 2>&1 || true
  resident floor
  figure "$work/out.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) exit 1; print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# The example catalogue, made once.
LIAISON_LOG_STARTUP_PROBE=exit timeout 180 "$launcher" --catalogue "$work/example" --example --language en \
  >"$work/out.txt" 2>&1 || true
if [ -z "$(figure "$work/out.txt")" ]; then
  echo "measure-startup.sh: the program did not show the example:" >&2
  cat "$work/out.txt" >&2
  exit 1
fi
if grep -q 'Unable to use shared archive' "$work/out.txt"; then
  echo "measure-startup.sh: warning: the class-data-sharing archive is not used" >&2
fi
program >/dev/null
floor >/dev/null

: >"$work/program.txt"
: >"$work/floor.txt"
for ((i = 1; i <= runs; i++)); do
  p=$(program); f=$(floor)
  [ -n "$p" ] || { echo "measure-startup.sh: run $i of the program failed:" >&2; cat "$work/out.txt" >&2; exit 1; }
  [ -n "$f" ] || { echo "measure-startup.sh: run $i of the floor failed:" >&2; cat "$work/out.txt" >&2; exit 1; }
  echo "$p" >>"$work/program.txt"
  echo "$f" >>"$work/floor.txt"
  echo "run $i: program $p ms, floor $f ms"
done
p=$(median <"$work/program.txt")
f=$(median <"$work/floor.txt")

# Memory: one more start, left open five seconds after it shows the example.
rm -rf "$work/catalogue"
cp -a "$work/example" "$work/catalogue"
LIAISON_LOG_STARTUP_PROBE=print "$launcher" --catalogue "$work/catalogue" --language en >"$work/mem.txt" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q 'startup-ms=' "$work/mem.txt" && break
  sleep 0.1
done
sleep 5
rss=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status")
hwm=$(awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$pid/status")
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

echo "runs: $runs each; load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "program (app-image, example catalogue): median $p ms  [$(sort -n "$work/program.txt" | tr '\n' ' ')]"
echo "floor (one label, same runtime):         median $f ms  [$(sort -n "$work/floor.txt" | tr '\n' ' ')]"
echo "ratio: $(awk -v p="$p" -v f="$f" 'BEGIN {printf "%.2f", p / f}') (target <= 1.5)"
echo "resident memory after opening the example: VmRSS $rss MB, VmHWM $hwm MB (target < 250 MB)"
echo "resident memory at the first frame: program $(cat "$work/program.rss") MB, floor $(cat "$work/floor.rss") MB"
