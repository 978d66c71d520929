#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone:
#   bash scripts/test.sh [extra `dotnet test` arguments, e.g. --filter ...]
# Ends with one line "N passed, N failed, N skipped" computed from the TRX results, and exits non-zero
# when anything failed or when no test ran at all.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need() { command -v "$1" >/dev/null 2>&1 || { echo "test.sh: '$1' is required: $2" >&2; exit 1; }; }
need dotnet "install the .NET 10 SDK."
need npm "install Node.js (20 or later) with npm; the integration tests run Azurite from node_modules."

export DOTNET_NOLOGO=1

if [[ ! -x node_modules/.bin/azurite ]]; then
  echo "Installing npm packages (Azurite)..."
  npm ci --no-audit --no-fund
fi

# Each test project writes its TRX under its own TestResults/, so parallel projects never share a file name.
find tests -type d -name TestResults -prune -exec rm -rf {} +

status=0
dotnet test Factumerit.Email.sln --logger trx "$@" || status=$?

read -r passed failed skipped < <(
  find tests -path '*/TestResults/*.trx' -print0 | xargs -0 -r cat |
    grep -o '<Counters [^>]*>' |
    awk '
      function count(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
      { p += count("passed"); f += count("failed") + count("error") + count("timeout") + count("aborted"); s += count("notExecuted") }
      END { print p + 0, f + 0, s + 0 }'
)

echo
echo "$passed passed, $failed failed, $skipped skipped"

if ((status != 0 || failed > 0 || passed + failed == 0)); then
  exit 1
fi
