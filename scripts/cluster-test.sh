#!/usr/bin/env bash
# Three replicas of the published portal on one prebuilt index, nginx in front (deploy/nginx/reportportal.conf), all
# on loopback. wrk drives traffic through nginx for 30 s (a request counts as failed on a socket error, a status other
# than 2xx/3xx, or no answer within 10 s); 10 s in, one replica is killed (SIGKILL), 10 s later it is
# started again. Exits 0 only if no request failed; prints requests, errors and p99 latency.
#
#   bash scripts/cluster-test.sh            # publishes the app first
#   APP_DIR=/path/to/published bash scripts/cluster-test.sh
#
# Installs nginx, wrk and curl from Debian when they are missing. Ports: nginx 5410, replicas 5411-5413. The
# per-client rate limit (Portal:RateLimit, issue #13) is turned off in the replicas: all of wrk is one client here.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/reportportal-cluster.XXXXXX)"
nginx_port=5410
ports=(5411 5412 5413)
duration=30
pids=()
nginx_pid=""

cleanup() {
    for pid in "${pids[@]}" $nginx_pid; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

need=()
command -v nginx >/dev/null || need+=(nginx)
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

app="${APP_DIR:-}"
if [ -z "$app" ]; then
    app="$work/app"
    echo "publishing to $app" >&2
    dotnet publish "$root/src/ReportPortal.Web" -c Release -o "$app" -v q >&2
fi

echo "building the index once" >&2
dotnet "$app/ReportPortal.Web.dll" index --out "$work/index/index.db" --content "$app/content" 2> "$work/index.log" \
    || { cat "$work/index.log" >&2; exit 1; }
chmod a-w "$work/index/index.db"   # shared and read-only, as on a real deployment

start_replica() { # $1 = slot (0..2)
    local port="${ports[$1]}"
    ASPNETCORE_ENVIRONMENT=Production Portal__ContentPath="$app/content" Portal__IndexPath="$work/index/index.db" \
        Portal__Watch=false Portal__RateLimit__RequestsPerMinute=0 \
        dotnet "$app/ReportPortal.Web.dll" --urls "http://127.0.0.1:$port" >> "$work/replica-$port.log" 2>&1 &
    pids[$1]=$!
}

wait_ready() { # $1 = port; /health/ready where it exists, else /health
    for _ in $(seq 1 300); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready" || true)
        if [ "$code" = 200 ]; then return 0; fi
        if [ "$code" = 404 ] && curl -fs -o /dev/null "http://127.0.0.1:$1/health"; then return 0; fi
        sleep 0.1
    done
    echo "replica on port $1 did not become ready" >&2
    tail -20 "$work/replica-$1.log" >&2
    exit 1
}

for slot in 0 1 2; do start_replica "$slot"; done
for port in "${ports[@]}"; do wait_ready "$port"; done
echo "replicas ready: ${ports[*]} (pids ${pids[*]})" >&2

# nginx: the deployment's site file with loopback ports and a private cache folder.
mkdir -p "$work/nginx/cache" "$work/nginx/logs"
sed -e "s#server 127.0.0.1:5001#server 127.0.0.1:${ports[0]}#" \
    -e "s#server 127.0.0.1:5002#server 127.0.0.1:${ports[1]}#" \
    -e "s#server 127.0.0.1:5003#server 127.0.0.1:${ports[2]}#" \
    -e "s#listen 80;#listen 127.0.0.1:$nginx_port;#" \
    -e "s#/var/cache/nginx/reportportal#$work/nginx/cache#" \
    "$root/deploy/nginx/reportportal.conf" > "$work/nginx/site.conf"
nginx_user=""
if [ "$(id -u)" = 0 ]; then # workers drop to www-data: let them into the cache and temp folders
    nginx_user="user www-data;"
    chmod 755 "$work"
    mkdir -p "$work/nginx/body" "$work/nginx/proxy"
    chown -R www-data "$work/nginx"
fi
cat > "$work/nginx/nginx.conf" <<CONF
$nginx_user
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    include $work/nginx/site.conf;
}
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf" 2> "$work/nginx/test.log" || { cat "$work/nginx/test.log" >&2; exit 1; }
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.1; done

# Traffic: pages (nginx caches them) and search API queries from a pool of 5,000 (mostly passed to the replicas).
cat > "$work/mix.lua" <<'LUA'
local pages = { "/", "/chapters/01-origins", "/companies/openai", "/glossary", "/timeline", "/technologies/transformer" }
local words = { "%E7%AE%97%E5%8A%9B", "OpenAI", "%E5%BE%AE%E8%BD%AF", "GPT", "%E8%8A%AF%E7%89%87", "RLHF" }
local n = 0
request = function()
    n = n + 1
    if n % 2 == 0 then
        return wrk.format("GET", pages[(n / 2) % #pages + 1], { ["Accept-Encoding"] = "gzip" })
    end
    local q = words[n % #words + 1] .. "+" .. tostring(math.random(1, 5000))
    return wrk.format("GET", "/api/search?q=" .. q, { ["Accept-Encoding"] = "gzip" })
end
LUA

victim=1
echo "wrk through nginx for ${duration}s; replica ${ports[$victim]} is killed at 10 s and restarted at 20 s" >&2
wrk -t2 -c32 -d"${duration}s" --timeout 10s --latency -s "$work/mix.lua" "http://127.0.0.1:$nginx_port" > "$work/wrk.txt" &
wrk_pid=$!
sleep 10
kill -9 "${pids[$victim]}"
echo "killed replica ${ports[$victim]} at $(date +%T)" >&2
sleep 10
start_replica "$victim"
echo "restarted replica ${ports[$victim]} at $(date +%T)" >&2
wait_ready "${ports[$victim]}"
echo "replica ${ports[$victim]} ready again at $(date +%T)" >&2
wait "$wrk_pid"

cat "$work/wrk.txt" >&2
requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
socket_errors=$(awk '/Socket errors/ { gsub(/[^0-9]+/, " "); for (i = 1; i <= NF; i++) s += $i; print s }' "$work/wrk.txt")
non_2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$work/wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
errors=$(( ${socket_errors:-0} + ${non_2xx:-0} ))
served_by_victim=$(grep -c "127.0.0.1:${ports[$victim]}" "$work/nginx/logs/error.log" || true)
echo "requests: $requests"
echo "errors: $errors (socket errors ${socket_errors:-0}, non-2xx/3xx ${non_2xx:-0})"
echo "p99: $p99"
echo "nginx noticed the dead replica ${served_by_victim} times (error.log); work folder: $work"
[ "$errors" -eq 0 ]
