#!/usr/bin/env bash
# Builds the Flex Consumption deployment package: artifacts/factumerit-email.zip
#
# The zip root holds what the Functions host expects of a custom handler:
#   Factumerit.Email.Functions   self-contained linux-x64 executable (host.json's defaultExecutablePath), with its files
#   host.json
#   <name>/function.json         one folder per function, copied from functions/<name>/ (the host only looks one level down)
#   config/                      routing YAML and handler content, when the repository has them
#
# Needs the .NET SDK, plus `python3` or `zip` for the archive step.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

fail() { echo "publish.sh: $*" >&2; exit 1; }

[[ -f host.json ]] || fail "host.json is missing at the repository root; the package cannot be built without it."
[[ -d functions ]] || fail "functions/ is missing; it should hold one folder per function with its function.json."
shopt -s nullglob
function_dirs=(functions/*/)
shopt -u nullglob
(( ${#function_dirs[@]} > 0 )) || fail "functions/ has no function folders."
for dir in "${function_dirs[@]}"; do
  [[ -f "${dir}function.json" ]] || fail "${dir} has no function.json."
done

executable="$(grep -o '"defaultExecutablePath"[[:space:]]*:[[:space:]]*"[^"]*"' host.json | sed 's/.*"\([^"]*\)"$/\1/' || true)"
[[ -n "$executable" ]] || fail "host.json has no customHandler.description.defaultExecutablePath."

if command -v python3 >/dev/null 2>&1; then
  zip_with=python3
elif command -v zip >/dev/null 2>&1; then
  zip_with=zip
else
  fail "neither python3 nor zip is installed; install one of them (apt-get install zip) to build the archive."
fi

artifacts="$root/artifacts"
out="$artifacts/publish"
package="$artifacts/factumerit-email.zip"
rm -rf "$out" "$package"
mkdir -p "$out"

echo "Publishing the host (self-contained linux-x64)..."
dotnet publish src/Factumerit.Email.Functions -c Release -r linux-x64 --self-contained true -o "$out" -nologo

[[ -x "$out/$executable" ]] || fail "host.json names '$executable' but the publish output has no such executable."

cp host.json "$out/host.json"
for dir in "${function_dirs[@]}"; do
  name="$(basename "$dir")"
  [[ ! -e "$out/$name" ]] || fail "function folder '$name' collides with a file of the publish output."
  cp -R "$dir" "$out/$name"
done
if [[ -d config ]]; then
  mkdir -p "$out/config"
  cp -R config/. "$out/config/"
fi

echo "Writing ${package#"$root"/} with $zip_with..."
if [[ $zip_with == python3 ]]; then
  (cd "$out" && python3 -m zipfile -c "$package" .)
else
  (cd "$out" && zip -q -r -X "$package" .)
fi

echo "Package ready: ${package#"$root"/} (${#function_dirs[@]} functions, executable $executable)"
