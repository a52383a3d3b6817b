#!/usr/bin/env bash
# Serving speed side by side with nginx, and memory. One published portal (Production, prebuilt index) and one nginx
# serving the portal's own gzip bytes from disk with gzip_static, both on loopback; the same wrk settings for both
# (-t1 -c32, Accept-Encoding: gzip). Then RSS of the portal: after start, after that load, and after 20 s of unique
# search URLs at 64 connections. Prints a Markdown table (docs/performance.md).
#
#   bash scripts/serving-bench.sh                      # publishes the app first
#   APP_DIR=/path/to/published SECONDS_PER_RUN=5 ROUNDS=3 bash scripts/serving-bench.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/reportportal-serving.XXXXXX)"
portal_port=5420
nginx_port=5421
run="${SECONDS_PER_RUN:-5}"
portal_pid=""
nginx_pid=""
cleanup() { kill $portal_pid $nginx_pid 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT

for tool in nginx wrk curl; do
    command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx wrk curl >/dev/null; break; }
done

app="${APP_DIR:-}"
if [ -z "$app" ]; then
    app="$work/app"
    dotnet publish "$root/src/ReportPortal.Web" -c Release -o "$app" -v q >&2
fi
dotnet "$app/ReportPortal.Web.dll" index --out "$work/index.db" --content "$app/content" 2> "$work/index.log"

ASPNETCORE_ENVIRONMENT=Production Portal__ContentPath="$app/content" Portal__IndexPath="$work/index.db" \
    Portal__RateLimit__RequestsPerMinute=0 \
    dotnet "$app/ReportPortal.Web.dll" --urls "http://127.0.0.1:$portal_port" > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$portal_port/health" && break; sleep 0.1; done
sleep 1
rss() { echo $(( $(ps -o rss= -p "$portal_pid") / 1024 )); }
rss_start=$(rss)

# The same bytes for nginx: the portal's gzip answer of each URL, as NAME.gz beside NAME.
urls=("/chapters/01-origins" "/companies/openai" "/" "/api/search?q=%E7%AE%97%E5%8A%9B")
names=("origins.html" "openai.html" "home.html" "search.json")
mkdir -p "$work/www" "$work/nginx"
for i in "${!urls[@]}"; do
    curl -fs -H 'Accept-Encoding: gzip' "http://127.0.0.1:$portal_port${urls[$i]}" > "$work/www/${names[$i]}.gz"
    gzip -dc "$work/www/${names[$i]}.gz" > "$work/www/${names[$i]}"
done
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user www-data;"; chmod 755 "$work"; chown -R www-data "$work/www" "$work/nginx"; fi
cat > "$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $work/nginx/body;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        gzip_static on;
        etag on;
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

bench() { # $1 = URL → requests/s
    wrk -t1 -c32 -d"${run}s" -H 'Accept-Encoding: gzip' "$1" | awk '/Requests\/sec/ { print $2 }'
}
best() { printf '%s\n' "$@" | sort -g | tail -1; }
rounds="${ROUNDS:-3}"
for i in "${!urls[@]}"; do # warm up: every URL cached, the JIT's final tier in place
    wrk -t1 -c32 -d5s -H 'Accept-Encoding: gzip' "http://127.0.0.1:$portal_port${urls[$i]}" > /dev/null
done

echo "| URL | gzip bytes | portal req/s | nginx gzip_static req/s | portal / nginx |"
echo "|---|---|---|---|---|"
for i in "${!urls[@]}"; do
    # Alternate the two servers, best of $rounds each: on a shared machine the load of the moment varies more than
    # the servers do.
    p=(); n=()
    for _ in $(seq 1 "$rounds"); do
        p+=("$(bench "http://127.0.0.1:$portal_port${urls[$i]}")")
        n+=("$(bench "http://127.0.0.1:$nginx_port/${names[$i]}")")
    done
    portal=$(best "${p[@]}")
    nginx=$(best "${n[@]}")
    ratio=$(awk -v p="$portal" -v n="$nginx" 'BEGIN { printf "%.2f", p / n }')
    echo "| \`${urls[$i]}\` | $(stat -c %s "$work/www/${names[$i]}.gz") | $portal | $nginx | $ratio |"
done
rss_load=$(rss)

cat > "$work/unique.lua" <<'LUA'
local words = { "%E7%AE%97%E5%8A%9B", "OpenAI", "%E5%BE%AE%E8%BD%AF", "GPT", "%E8%8A%AF%E7%89%87", "%E6%A8%A1%E5%9E%8B" }
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", "/search?q=" .. words[n % #words + 1] .. "+" .. tostring(n) .. "x" .. tostring(math.random(1, 1000000000)),
        { ["Accept-Encoding"] = "gzip" })
end
LUA
unique=$(wrk -t2 -c64 -d20s -s "$work/unique.lua" "http://127.0.0.1:$portal_port" | awk '/requests in/ { print $1 }')
rss_unique=$(rss)
echo
echo "RSS: after start ${rss_start} MB; after the load above ${rss_load} MB; after 20 s of unique search URLs at 64 connections (${unique} requests) ${rss_unique} MB"
