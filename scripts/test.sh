#!/usr/bin/env bash
# Runs every test of the solution: restore, build (warnings are errors), test.
# Browser tests need Chromium and a CJK font; on Debian/Ubuntu this script installs them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need_packages+=(fonts-wqy-microhei)
# The Nu HTML checker (vnu.jar, from npm) runs on Java; npm installs it.
command -v java >/dev/null 2>&1 || need_packages+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need_packages+=(npm)
if [ ${#need_packages[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1 && [ -d tests/ReportPortal.BrowserTests ]; then
    echo "Installing ${need_packages[*]} for the browser tests"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

# vnu.jar for the HTML validity test, pinned in tests/ReportPortal.BrowserTests/package-lock.json. Its install script
# (which would download a Java runtime) is skipped: Debian's default-jre-headless runs it.
if [ -d tests/ReportPortal.BrowserTests ] && [ ! -f tests/ReportPortal.BrowserTests/node_modules/vnu-jar/build/dist/vnu.jar ] && command -v npm >/dev/null 2>&1; then
    echo "Installing vnu-jar for the HTML checker"
    npm ci --prefix tests/ReportPortal.BrowserTests --ignore-scripts --no-audit --no-fund >/dev/null
fi

dotnet build ReportPortal.sln -c Release -warnaserror
# The content must be clean: no broken links, duplicate ids or aliases, unknown relation types or targets.
dotnet run --project src/ReportPortal.Web -c Release --no-build --no-launch-profile -- check
log=$(mktemp)
set +e
dotnet test ReportPortal.sln -c Release --no-build -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# The content audit against the report (tests/ReportPortal.ContentAudit.Tests) needs ../shared beside the repository.
[ -d ../shared ] || echo "../shared/ not found beside the repository: the content audit against the report is skipped"
# One closing line over all test projects, e.g. "312 passed, 0 failed, 0 skipped".
grep -E "^(Passed|Failed|Skipped)! " "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
    | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped\n", p, f, s}'
rm -f "$log"
exit "$status"
