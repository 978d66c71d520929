#!/usr/bin/env bash
# Runs Factumerit.Email on this machine against Azurite, the Azure Storage emulator:
#   bash scripts/dev.sh
# Needs only the .NET 10 SDK and Node.js/npm. Storage data persists in .azurite/ between runs.
# Settings come from the environment and, when present, from local.settings.json (copy local.settings.sample.json).
# Ctrl-C stops the host and the Azurite this script started.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

host_url="http://127.0.0.1:7071"
storage_ports=(10000 10001 10002)

need() { command -v "$1" >/dev/null 2>&1 || { echo "dev.sh: '$1' is required: $2" >&2; exit 1; }; }
need dotnet "install the .NET 10 SDK."
need node "install Node.js (20 or later) with npm."
need npm "install Node.js (20 or later) with npm."

port_open() { (: >"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

wait_for_port() { # port, seconds, pid that must stay alive
  for ((i = 0; i < $2 * 10; i++)); do
    port_open "$1" && return 0
    kill -0 "$3" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Background jobs get their own process groups, so cleanup can stop `dotnet run` together with the app it starts.
set -m
started=()
cleanup() {
  trap - EXIT INT TERM
  for pid in "${started[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${started[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -x node_modules/.bin/azurite ]]; then
  echo "Installing npm packages (Azurite)..."
  npm ci --no-audit --no-fund
fi

open=0
for port in "${storage_ports[@]}"; do port_open "$port" && open=$((open + 1)); done
if ((open == ${#storage_ports[@]})); then
  echo "Storage emulator already answers on ports ${storage_ports[*]}; reusing it."
elif ((open > 0)); then
  echo "dev.sh: some of ports ${storage_ports[*]} are taken by something else; free them and retry." >&2
  exit 1
else
  mkdir -p .azurite
  echo "Starting Azurite (data in .azurite/, log in .azurite/azurite.log)..."
  node_modules/.bin/azurite --silent --disableTelemetry --skipApiVersionCheck --location .azurite \
    --blobPort 10000 --queuePort 10001 --tablePort 10002 >.azurite/azurite.log 2>&1 &
  started+=("$!")
  for port in "${storage_ports[@]}"; do
    wait_for_port "$port" 60 "${started[0]}" || { echo "dev.sh: Azurite did not start; see .azurite/azurite.log." >&2; exit 1; }
  done
fi

if port_open 7071; then
  echo "dev.sh: port 7071 is already in use; stop whatever listens there and retry." >&2
  exit 1
fi

# Values from local.settings.json become environment variables, unless the environment already sets them.
if [[ -f local.settings.json ]]; then
  while IFS= read -r -d '' pair; do
    export "${pair%%=*}=${pair#*=}"
  done < <(node -e '
    const values = JSON.parse(require("fs").readFileSync("local.settings.json", "utf8")).Values || {};
    for (const [k, v] of Object.entries(values)) {
      if (v !== "" && v !== null && process.env[k] === undefined) process.stdout.write(`${k}=${v}\0`);
    }')
fi

export AzureWebJobsStorage="${AzureWebJobsStorage:-UseDevelopmentStorage=true}"
# Development only: a fixed, published webhook secret, so `factumerit samples replay` can sign deliveries without
# any setup. Never use it anywhere Resend can reach; real deployments take the secret Resend shows for the endpoint.
export Resend__WebhookSecret="${Resend__WebhookSecret:-whsec_ZGV2ZWxvcG1lbnQtb25seS1mYWN0dW1lcml0LXNlY3JldA==}"
# `dotnet run` starts the app in the project folder, so point the default routing file at the repository copy.
if [[ -z "${Routing__File:-}" && -f config/email_routing.yaml ]]; then
  export Routing__File="$root/config/email_routing.yaml"
fi
export ASPNETCORE_URLS="$host_url"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
unset FUNCTIONS_CUSTOMHANDLER_PORT # its absence selects standalone mode: the app runs its own queue listeners and timers

echo "Building and starting the host..."
dotnet run --project src/Factumerit.Email.Functions --no-launch-profile &
started+=("$!")
host_pid="${started[-1]}"

if ! wait_for_port 7071 300 "$host_pid"; then
  echo "dev.sh: the host stopped before listening; see the output above." >&2
  exit 1
fi

cat <<INFO

Factumerit.Email is running at $host_url (standalone mode, storage on Azurite).
Try:  curl $host_url/api/health
Replay the sample inbound mail, then see what the personas did and sent:
      dotnet run --project src/Factumerit.Email.Cli -- samples replay --url $host_url
      dotnet run --project src/Factumerit.Email.Cli -- events tail
      dotnet run --project src/Factumerit.Email.Cli -- outbox list
$( [[ -z "${Resend__ApiKey:-}" ]] && echo "No Resend__ApiKey: received mail is read from the local samples table and replies stay in the local outbox." )
Press Ctrl-C to stop.

INFO

wait "$host_pid"
