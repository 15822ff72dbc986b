#!/usr/bin/env bash
# Cold start of the installed Sillage (with the seeds) against a bare JavaFX window packaged the same way
# (packaging/bench/BareWindow.java, through packaging/build.sh: jlink runtime, AppCDS archive, .deb).
# Both are installed, then started alternately A B A B ... on one Xvfb server, each a new process with
# --exit-when-shown; the time is from exec to the "shown" line on stdout. Prints each run, the medians and
# their ratio. Linux, as root (it installs and removes the two packages).
#
#   packaging/bench-start.sh            # 9 runs of each
#   RUNS=15 packaging/bench-start.sh
#   DROP_CACHES=1 packaging/bench-start.sh   # empty the page cache before each run (disk-cold start)
#   BENCH_JAVA_OPTIONS=-Xshare:off packaging/bench-start.sh   # JVM options for both (here: no AppCDS)
#   DATA=/tmp/s100k packaging/bench-start.sh   # Sillage on that data folder instead of the seeds
#   SILLAGE_JAVA_OPTIONS=-XX:+UseSerialGC packaging/bench-start.sh   # added for Sillage alone
#
# Expects target/installers/sillage_*.deb (PACKAGE_TYPES=deb packaging/build.sh); builds the bare one.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-9}
[ "$(id -u)" = 0 ] || { echo "bench-start.sh: run as root (it installs the packages)" >&2; exit 1; }
SILLAGE_DEB=$(ls -t target/installers/sillage_*.deb 2>/dev/null | head -1)
[ -n "$SILLAGE_DEB" ] || { echo "bench-start.sh: no Sillage .deb; run PACKAGE_TYPES=deb packaging/build.sh" >&2; exit 1; }
command -v Xvfb >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null; }

# The bare window, packaged like Sillage: a jar whose manifest puts the JavaFX jars on the class path.
BARE=target/bench-bare
rm -rf "$BARE" && mkdir -p "$BARE/classes" "$BARE/input/lib"
cp -p target/lib/javafx-base-* target/lib/javafx-graphics-* target/lib/javafx-controls-* "$BARE/input/lib/"
CP=$(cd "$BARE/input" && ls lib/*.jar | tr '\n' ' ')
javac -d "$BARE/classes" -cp "$(ls "$BARE"/input/lib/*.jar | tr '\n' :)" packaging/bench/BareWindow.java
printf 'Main-Class: BareWindow\nClass-Path: %s\n' "$CP" >"$BARE/manifest.txt"
jar --create --file "$BARE/input/bare-window.jar" --manifest "$BARE/manifest.txt" -C "$BARE/classes" .
APP_NAME=SillageBare MAIN_JAR=bare-window.jar MAIN_CLASS=BareWindow APP_INPUT=$BARE/input TRAINING_IMPORT= \
    OUT=$BARE/installers PACKAGE_TYPES=deb DESCRIPTION="A bare JavaFX window (start-up yardstick)" \
    packaging/build.sh >"$BARE/build.log" 2>&1 || { cat "$BARE/build.log"; exit 1; }
BARE_DEB=$(ls "$BARE"/installers/sillagebare_*.deb)

install_deb() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$1")" >/dev/null 2>&1; }
install_deb "$SILLAGE_DEB"
install_deb "$BARE_DEB"
TMP=$(mktemp -d)
DISPLAY_NUMBER=$((90 + RANDOM % 100))
Xvfb :$DISPLAY_NUMBER -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
cleanup() { kill $XVFB 2>/dev/null || true; dpkg --purge sillage sillagebare >/dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT
export DISPLAY=:$DISPLAY_NUMBER
sleep 1
if [ -n "${DATA:-}" ]; then
    ln -s "$(realpath "$DATA")" "$TMP/data"
else
    /opt/sillage/bin/Sillage import seeds/ --data-dir "$TMP/data" >/dev/null
fi

# Milliseconds from exec to the line "shown N ms" (the JVM's own uptime at that moment is N): the window
# with its list. Sillage also prints "window N ms" when its first frame is on screen (before the list);
# then the output is "SHOWN_MS UPTIME WINDOW_MS".
start_ms() {
    [ "${DROP_CACHES:-0}" = 1 ] && { sync; echo 3 >/proc/sys/vm/drop_caches; }
    local t0 line window=
    t0=$(date +%s%N)
    local options=${BENCH_JAVA_OPTIONS:-}
    case $1 in */Sillage) options="$options ${SILLAGE_JAVA_OPTIONS:-}" ;; esac
    JAVA_TOOL_OPTIONS=$options "$@" --exit-when-shown --data-dir "$TMP/data" 2>/dev/null | while IFS= read -r line; do
        case $line in
            window*) window=$(( ($(date +%s%N) - t0) / 1000000 )) ;;
            shown*) up=${line#shown }; echo "$(( ($(date +%s%N) - t0) / 1000000 )) ${up% ms} ${window}" ;;
        esac
    done
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

start_ms /opt/sillage/bin/Sillage >/dev/null        # one untimed start of each: the page cache, not the JVM
start_ms /opt/sillagebare/bin/SillageBare >/dev/null
echo "run  sillage: first frame, list shown [JVM uptime]   bare window [JVM uptime]   (ms from exec)"
: >"$TMP/a"; : >"$TMP/b"; : >"$TMP/w"
for i in $(seq "$RUNS"); do
    a=$(start_ms /opt/sillage/bin/Sillage)
    b=$(start_ms /opt/sillagebare/bin/SillageBare)
    [ -n "$a" ] && [ -n "$b" ] || { echo "bench-start.sh: a run did not show its window" >&2; exit 1; }
    read -r a_list a_up a_window <<<"$a"
    read -r b_ms b_up _ <<<"$b"
    a_window=${a_window:-$a_list}
    echo "$a_list" >>"$TMP/a"; echo "$b_ms" >>"$TMP/b"; echo "$a_window" >>"$TMP/w"
    printf '%3d  %6s %6s [%s]   %6s [%s]\n' "$i" "$a_window" "$a_list" "$a_up" "$b_ms" "$b_up"
done
A=$(median <"$TMP/a"); B=$(median <"$TMP/b"); W=$(median <"$TMP/w")
echo "median: sillage first frame $W ms, list shown $A ms; bare window $B ms"
echo "ratio: first frame $(awk -v a="$W" -v b="$B" 'BEGIN { printf "%.2f", a / b }'), list shown $(awk -v a="$A" -v b="$B" 'BEGIN { printf "%.2f", a / b }') (target <= 1.2)"
