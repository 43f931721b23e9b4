#!/usr/bin/env bash
# The end-to-end stage of CI, run after the unit tests (dependencies already installed by npm ci):
# installs code-server & co. when missing, then typechecks, builds, packages the .vsix and runs both e2e suites.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-e2e.sh
npm run test:e2e
