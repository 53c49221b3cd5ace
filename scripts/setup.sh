#!/usr/bin/env bash
# Installs what building, running and testing Restore Explorer needs on Debian 12 (bookworm).
# Safe to run again: it only calls apt when a package is missing.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ ccache pkg-config
  # Qt 6 and libraries
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libquazip1-qt6-dev
  libgtest-dev libgmock-dev
  # headless GUI, fonts, keychain backend for tests and for users
  xvfb xauth fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-1-0
  # TLS certificates for the emulator, curl for benchmarks, clang for fuzzing
  openssl ca-certificates curl clang-14 libclang-rt-14-dev
  # packaging checks
  dpkg-dev file appstream desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run this as root (or install sudo): apt-get needs root." >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
