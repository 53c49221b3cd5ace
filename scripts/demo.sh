#!/usr/bin/env bash
# Quick start: install what is missing, build, and start Restore Explorer on the demo tenant.
#   scripts/demo.sh                 the app, connected to a local vb365-emulator (HTTPS, pinned for this run)
#   scripts/demo.sh --server-only   only the emulator (prints its URL and demo credentials); extra
#                                   arguments go to the emulator, e.g. --api v8 --tls
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${1:-}" = "--server-only" ]; then
  shift
  bash scripts/build.sh dev vb365-emulator
  exec build/dev/tests/emulator/vb365-emulator --tenant demo --api v5,v6,v7,v8 --port 0 "$@"
fi
bash scripts/build.sh dev restore-explorer vb365-emulator
RE_EMULATOR="$PWD/build/dev/tests/emulator/vb365-emulator" exec build/dev/app/restore-explorer --demo "$@"
