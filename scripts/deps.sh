#!/usr/bin/env bash
# Installs the Debian 12 packages BreachDesk needs to build, test and run (only the missing ones).
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libqt6sql6-sqlite libsqlite3-dev libqt6svg6
  libssl-dev # SHA-256 of the audit chain and issued documents (app/core/storage/sha256.h)
  libpoppler-qt6-dev libkainjow-mustache-dev libquazip1-qt6-dev libqpdf-dev
  libgpgme-dev gnupg # export-archive/export-recipients --encrypt-to: OpenPGP through GPGME, which runs gpg
  libsodium-dev # Ed25519 signatures of the incident archive (app/core/signing)
  fonts-noto-cjk unicode-data
  poppler-utils qpdf appstream desktop-file-utils dpkg-dev file
  clang libclang-rt-14-dev # scripts/fuzz.sh: libFuzzer and the sanitizer runtimes (only recommended by clang)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
