#!/usr/bin/env bash
# Set up cppcc-kg on a fresh Debian machine: a virtual environment in .venv with the package installed.
# With --test, also the test tools and the Debian packages the tests drive (Chromium, a CJK font, rapper).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--test" ]]; then
  packages=(chromium chromium-driver fonts-noto-cjk raptor2-utils)
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if (( ${#missing[@]} )); then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  extras=".[test]"
else
  extras="."
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e "$extras"
