#!/usr/bin/env bash
# Renders the documentation screenshots (main window on a demo mailbox folder, and the dialogs) into
# docs/screenshots/ (English) and docs/screenshots/de/ (German) under Xvfb. The app grabs its own windows: restore-explorer --demo --screenshot DIR.
#   scripts/screenshots.sh [build dir]     (default: build/dev, configured and built as needed)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
if [ "$build" = build/dev ]; then
  bash scripts/build.sh dev restore-explorer vb365-emulator
else
  cmake --build "$build" -j2 --target restore-explorer vb365-emulator
fi
out=docs/screenshots
mkdir -p "$out"
# A fixed screen, font and locale so the pictures do not change from machine to machine.
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME= QT_STYLE_OVERRIDE=Fusion
export RE_EMULATOR="$PWD/$build/tests/emulator/vb365-emulator"
# Settings of the run go to a throw-away home: the screenshots never see the user's profiles.
for language in en de; do
  # A fresh home per language: the restore log of one run must not show up in the other's pictures.
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  dir=$out
  [ "$language" = en ] || dir=$out/$language
  mkdir -p "$dir"
  HOME="$home" XDG_CONFIG_HOME="$home/.config" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/restore-explorer" --demo --language "$language" --screenshot "$dir"
  rm -rf "$home"
done
ls -l "$out"/*.png "$out"/de/*.png
