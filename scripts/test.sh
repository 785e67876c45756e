#!/usr/bin/env bash
# `npm test`: type-check, lint, unit tests, scenario checks, then browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "Type-check (tsc)"
npx tsc --noEmit

step "Lint (ESLint + Prettier)"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn

step "Unit, core and scenario tests (Vitest, Node)"
npx vitest run --project unit

step "Scenario validation (CLI)"
npx tsx src/cli/main.ts validate

step "Chromium"
CHROMIUM_PATH="$(node scripts/chromium-path.mjs | tail -n 1)"
export CHROMIUM_PATH
echo "$CHROMIUM_PATH"

step "Browser tests (production build in Chromium)"
npx vitest run --project browser
