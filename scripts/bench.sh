#!/usr/bin/env bash
# Runs the storage benchmark (our Table/Queue clients vs the official JS SDKs on one in-memory Azurite) in Release
# and writes its results section, ready to paste into docs/benchmarks.md.
#
#   scripts/bench.sh [--out FILE] [storage options…]     e.g. scripts/bench.sh --iterations 1000 --rounds 9
#
# FILE defaults to artifacts/benchmarks/storage-<UTC time>.md. Micro-benchmarks are separate:
#   dotnet run -c Release --project benchmarks/Factumerit.Email.Benchmarks -- micro
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

out="artifacts/benchmarks/storage-$(date -u +%Y%m%d-%H%M%S).md"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

if [[ ! -x node_modules/.bin/azurite ]]; then
  npm ci --no-audit --no-fund
fi

dotnet run -c Release --project benchmarks/Factumerit.Email.Benchmarks -- storage --out "$out" "${args[@]}"
echo "Results written to $out" >&2
