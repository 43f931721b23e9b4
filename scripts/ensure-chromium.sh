#!/usr/bin/env bash
# The preview's browser tests drive Debian's chromium through playwright-core (no browser download).
# Installs it when missing; needs root or sudo, as apt does.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y chromium
