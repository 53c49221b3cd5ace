#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh dev vb365-emulator
exec build/dev/tests/emulator/vb365-emulator --tenant demo --api v5,v6,v7,v8 --port 0 "$@"
