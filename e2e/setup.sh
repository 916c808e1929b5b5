#!/usr/bin/env bash
# What the browser tests and docs/render-diagrams.mjs need, installed only when missing: Debian's Chromium and the npm packages (playwright-core, bpmn-js).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }
fi
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/bpmn-js ]; then
  npm ci
fi
