#!/usr/bin/env bash
# Tests the .deb made by packaging/build.sh, as root on a Debian or Ubuntu machine:
#   install it (apt-get pulls libgtk-3-0 and xdg-utils), check the menu entry and the MIME type,
#   import the seeds and open the installed launcher's window under Xvfb (--exit-when-shown): it must
#   exit 0 after showing the window, with the AppCDS archive usable; then remove the package and check
#   that the data folder is exactly as it was and the installation is gone.
#
#   packaging/test-deb.sh [target/installers/sillage_*.deb]
set -euo pipefail
cd "$(dirname "$0")/.."

DEB=${1:-$(ls -t target/installers/sillage_*.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "test-deb.sh: no .deb; run PACKAGE_TYPES=deb packaging/build.sh" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "test-deb.sh: run as root (it installs the package)" >&2; exit 1; }
LAUNCHER=/opt/sillage/bin/Sillage
fails=0
check() { # description command...
    local what=$1; shift
    if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fails=$((fails + 1)); fi
}
apt_quiet() { # apt-get, its output shown only when it fails
    DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o Dpkg::Use-Pty=0 "$@" >/tmp/test-deb-apt.log 2>&1 \
        || { cat /tmp/test-deb-apt.log >&2; return 1; }
}
quietly() { "$@" >/dev/null 2>&1; }

if ! command -v xvfb-run >/dev/null; then apt_quiet update; apt_quiet install xvfb; fi
dpkg --purge sillage >/dev/null 2>&1 || true   # what an earlier run left

apt_quiet update
apt_quiet install "$(realpath "$DEB")"
check "installed $(basename "$DEB")" test -x "$LAUNCHER"
check "menu entry" test -f /usr/share/applications/sillage-Sillage.desktop
check "MIME type application/x-sillage for .sillage" \
    grep -q 'glob pattern="\*.sillage"' /usr/share/mime/packages/sillage-Sillage-MimeInfo.xml

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DATA=$TMP/data
"$LAUNCHER" import seeds/ --data-dir "$DATA" >"$TMP/import.out"
check "seeds imported by the installed launcher" grep -q "5 imported" "$TMP/import.out"
check "the AppCDS archive maps (-Xshare:on)" \
    quietly env JAVA_TOOL_OPTIONS=-Xshare:on "$LAUNCHER" list --data-dir "$DATA"

set +e
xvfb-run -a -s "-screen 0 1280x1024x24" "$LAUNCHER" --exit-when-shown --data-dir "$DATA" >"$TMP/window.out" 2>"$TMP/window.err"
rc=$?
set -e
cat "$TMP/window.out"
check "window exits 0 (was $rc)" test $rc = 0
check "window shown" grep -Eq '^shown [0-9]+ ms' "$TMP/window.out"
[ $rc = 0 ] || cat "$TMP/window.err"

snapshot() { (cd "$DATA" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
snapshot >"$TMP/before"
check "data folder holds the database" test -f "$DATA/sillage.mv.db"
dpkg -r sillage >/dev/null
check "package removed" test ! -e /opt/sillage
snapshot >"$TMP/after"
check "data folder untouched by the removal" cmp -s "$TMP/before" "$TMP/after"

if [ $fails -gt 0 ]; then echo "test-deb.sh: $fails check(s) failed"; exit 1; fi
echo "test-deb.sh: all checks passed"
