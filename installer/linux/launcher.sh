#!/bin/bash
# Liaison Log's launcher on Linux, installed as bin/liaison-log in place of jpackage's own (see
# installer/linux/package.sh and docs/decisions/0016-installers-and-startup.md). jpackage's
# native launcher asks rpm and dpkg which package it belongs to at every start (`rpm -qf`,
# `dpkg -S`): a tenth of a second on a bare system, more where dpkg knows many packages. This
# runs the bundled runtime with exactly what that launcher would: the class path, main class and
# Java options of lib/app/liaison-log.cfg, with $APPDIR the lib/app folder, then the arguments.
set -euo pipefail

bin=$(dirname "$(readlink -f "$0")")
root=$(readlink -f "$bin/..")
appdir="$root/lib/app"
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$appdir}
  case "$line" in
    app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$appdir/liaison-log.cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$bin/liaison-log" \
  -cp "$classpath" "$main" "$@"
