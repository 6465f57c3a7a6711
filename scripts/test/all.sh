#!/usr/bin/env bash
# npm test — the whole suite, in order; stops at the first failing step.
#   lint → type-check → unit (Vitest) → integration (real PostgreSQL) → end-to-end
#   (Playwright in Debian's Chromium against the production server, scripts/serve.mts) → embedded-mode smoke test
#   → two instances behind a proxy → load → faults.
# Provisions what it needs on a fresh machine: starts PostgreSQL if it is installed but stopped,
# installs Debian's chromium if missing. Never downloads a browser.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
export CI="${CI:-true}"
unset DATABASE_URL # each step chooses its own database; never the developer's

if [ ! -f generated/prisma/client.ts ]; then
  PRISMA_SCHEMA_ENGINE_BINARY=/bin/true node_modules/.bin/prisma generate
fi

step() {
  local name=$1; shift
  local began=$SECONDS
  echo
  echo "━━━ ${name} ━━━"
  "$@"
  echo "✔ ${name} ($((SECONDS - began)) s)"
}

step "lint" node_modules/.bin/eslint .
step "format (Prettier)" node_modules/.bin/prettier --check .
step "type-check" node_modules/.bin/tsc --noEmit
step "unit tests" node_modules/.bin/vitest run
step "integration tests (PostgreSQL)" node_modules/.bin/tsx scripts/test/integration.mts
step "end-to-end tests (Chromium)" node_modules/.bin/tsx scripts/test/e2e.mts
step "embedded-mode smoke test (PGlite)" node_modules/.bin/tsx scripts/test/embedded-smoke.mts
step "two instances behind a proxy (Redis, then PostgreSQL NOTIFY)" node_modules/.bin/tsx scripts/test/two-instances.mts
# Small in CI (the full figures come from `npm run test:load` with its defaults, README).
step "load (20 readers, 2 writers, 10 s)" env LOAD_READERS=20 LOAD_WRITERS=2 LOAD_SECONDS=10 node_modules/.bin/tsx scripts/test/load.mts
step "faults (database outage, SIGKILL, SIGTERM)" env FAULTS_SECONDS=8 node_modules/.bin/tsx scripts/test/faults.mts
echo
echo "All test steps passed."
