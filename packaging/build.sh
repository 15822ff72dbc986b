#!/usr/bin/env bash
# Builds Sillage's installers with jpackage. The same steps on Linux, Windows (Git Bash) and macOS:
#   1. the modules the jars need (jdeps), and a runtime with only those (jlink);
#   2. an app-image: the jars, the runtime, a launcher that passes -XX:SharedArchiveFile;
#   3. an AppCDS archive, dumped from a training run (the seeds, then the window until it is shown)
#      with the image where the installer will put it, since a JDK 17 archive holds absolute jar paths;
#   4. the packages, made from that image.
#
#   packaging/build.sh                      # Linux: app-image deb rpm; Windows: msi; macOS: dmg
#   PACKAGE_TYPES="deb" packaging/build.sh  # only these
#
# Input: target/sillage.jar and target/lib/ (built with `mvn -B package -DskipTests` when missing).
# Output: target/installers/. On Linux the script installs what it lacks (fakeroot, rpm, xvfb) when run
# as root with apt-get; otherwise it names the package to install.
# APP_NAME, MAIN_JAR, MAIN_CLASS, APP_INPUT and TRAINING_IMPORT package another main class the same way
# (packaging/bench-start.sh uses them for its bare window).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_NAME=${APP_NAME:-Sillage}
MAIN_JAR=${MAIN_JAR:-sillage.jar}
MAIN_CLASS=${MAIN_CLASS:-org.sillage.Sillage}
APP_INPUT=${APP_INPUT:-target}               # holds $MAIN_JAR and lib/
# The serial collector and a small first heap: a desktop app's live data is small (about 50 MB of heap at
# 100,000 postings), and the JVM's default first heap, 1/64 of the memory, is touched by the start's
# garbage and stays resident (ADR 0012). A young generation of 32 MB: the default (a third of the heap)
# grows with it and keeps more garbage resident; 32 MB took 35 MB off the window's peak at 100,000 postings
# with no longer pauses (ADR 0028, addendum). The heap grown while under 20 % of it is free and given back
# above 40 % (defaults 40 % and 70 %): about 25 MB off the window's peak at 100,000 postings (ADR 0061). The AppCDS archive mapped at the address it was made for
# (ArchiveRelocationMode=0; this JDK's default, 1, moves it to a random address at each start): relocating
# the 88 MB archive took 0.15-0.25 s before main (ADR 0012, addendum 2, which says what that gives up).
JVM_OPTIONS=${JVM_OPTIONS--XX:+UseSerialGC -Xms32m -XX:MaxNewSize=32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}
TRAINING_IMPORT=${TRAINING_IMPORT-seeds}     # imported before the training run; empty for none
DESCRIPTION=${DESCRIPTION:-Follow a job search offline: postings, deadlines, documents, applications}
OUT=${OUT:-target/installers}
WORK=target/jpackage/$APP_NAME
VERSION=${APP_VERSION:-$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -1)}
PACKAGE=$(echo "$APP_NAME" | tr '[:upper:]' '[:lower:]')
[ -n "$VERSION" ] || { echo "build.sh: no version found in pom.xml; set APP_VERSION" >&2; exit 1; }

say() { echo "build.sh: $*" >&2; }
die() { say "$*"; exit 1; }

case "$(uname -s)" in
    Linux) OS=linux ;;
    Darwin) OS=mac ;;
    MINGW* | MSYS* | CYGWIN*) OS=windows ;;
    *) die "unsupported system $(uname -s)" ;;
esac
case $OS in
    linux) DEFAULT_TYPES="app-image deb rpm"; INSTALLED=/opt/$PACKAGE; LAUNCHER=bin/$APP_NAME; APPDIR=lib/app ;;
    mac) DEFAULT_TYPES="dmg"; INSTALLED=/Applications/$APP_NAME.app; LAUNCHER=Contents/MacOS/$APP_NAME; APPDIR=Contents/app ;;
    windows) DEFAULT_TYPES="msi"; INSTALLED="/c/Program Files/$APP_NAME"; LAUNCHER=$APP_NAME.exe; APPDIR=app ;;
esac
PACKAGE_TYPES=${PACKAGE_TYPES:-$DEFAULT_TYPES}
IMAGE=$WORK/image/$APP_NAME
[ $OS = mac ] && IMAGE=$IMAGE.app

tool() { if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1" || die "$1 not found: install a JDK 17 with jpackage, or set JAVA_HOME"; fi; }
JDEPS=$(tool jdeps); JLINK=$(tool jlink); JPACKAGE=$(tool jpackage)
native() { if [ $OS = windows ]; then cygpath -m "$1"; else echo "$1"; fi; }

# A command this script needs on Linux, installed with apt-get when we can.
need() { # command package
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing $2"
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else
        die "$1 is missing: install $2 (apt-get install $2)"
    fi
}
if [ $OS = linux ]; then
    for t in $PACKAGE_TYPES; do
        case $t in
            deb) need fakeroot fakeroot; need dpkg-deb dpkg ;;
            rpm) need rpmbuild rpm ;;
        esac
    done
    [ -n "${DISPLAY:-}" ] || need xvfb-run xvfb
fi

if [ ! -f "$APP_INPUT/$MAIN_JAR" ]; then
    [ "$APP_INPUT" = target ] || die "$APP_INPUT/$MAIN_JAR is missing"
    mvn -B -DskipTests package
fi

rm -rf "$WORK"
mkdir -p "$WORK/input/lib" "$OUT"

# 1. Runtime. JavaFX stays on the class path as Maven's platform jars (-linux, -win, -mac), like `java -jar`.
#    jdeps sees the static dependencies; the ones loaded by name are added by hand: locale data (French
#    and Dutch dates), the extra charsets (old encodings in imported files), the zip file system.
say "modules (jdeps)"
MODULES=$("$JDEPS" --ignore-missing-deps --print-module-deps --recursive --multi-release 17 \
    --class-path "$APP_INPUT/lib/*" "$APP_INPUT/$MAIN_JAR")
MODULES="$MODULES,jdk.localedata,jdk.charsets,jdk.zipfs"
say "runtime (jlink): $MODULES"
"$JLINK" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --output "$WORK/runtime"

# 2. App-image.
cp -p "$APP_INPUT/$MAIN_JAR" "$WORK/input/"
cp -p "$APP_INPUT"/lib/*.jar "$WORK/input/lib/"
ICON=packaging/sillage.png
case $OS in
    windows) ICON=packaging/sillage.ico ;;
    mac)
        set=$WORK/sillage.iconset; mkdir -p "$set"
        for s in 16 32 128 256; do sips -z $s $s packaging/sillage.png --out "$set/icon_${s}x${s}.png" >/dev/null; done
        iconutil -c icns "$set" -o "$WORK/sillage.icns"; ICON=$WORK/sillage.icns ;;
esac
COMMON=(--name "$APP_NAME" --app-version "$VERSION" --vendor Sillage --description "$DESCRIPTION" --icon "$ICON")
say "app-image"
"$JPACKAGE" --type app-image "${COMMON[@]}" --dest "$WORK/image" \
    --input "$WORK/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" --runtime-image "$WORK/runtime" \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/app.jsa" ${JVM_OPTIONS:+--java-options "$JVM_OPTIONS"}

# 3. AppCDS archive, from a training run that shows every screen once (-Dsillage.visit-screens=true; a
#    main class that does not know it quits once shown). The JVM checks each jar's path, size and date
#    against the archive, so the training runs with the image where the packages install it; the copy
#    there is removed afterwards. With PACKAGE_TYPES=app-image alone, it runs where the portable image is
#    delivered, $OUT/$APP_NAME (moved elsewhere, the image starts without the archive).
#    The installers copy the jars and give them the time of the copy, and JDK 17 checks a jar's date
#    unless it was 0 when the archive was made: the jars are dated 1970-01-01 00:00 UTC, so the JVM
#    checks their path and size only.
run_with_display() {
    if [ $OS = linux ] && [ -z "${DISPLAY:-}" ]; then xvfb-run -a -s "-screen 0 1280x1024x24" "$@"; else "$@"; fi
}
find "$IMAGE/$APPDIR" -name '*.jar' -exec env TZ=UTC touch -t 197001010000.00 {} +
if [ "$PACKAGE_TYPES" = app-image ]; then
    ROOT=$(cd "$OUT" && pwd)/$(basename "$IMAGE")
    rm -rf "$ROOT"
else
    ROOT=$INSTALLED
    [ ! -e "$ROOT" ] || die "$ROOT exists: uninstall $APP_NAME first (the archive is made there)"
fi
mkdir -p "$(dirname "$ROOT")" || die "cannot write $(dirname "$ROOT"): run as root (the archive is made there)"
trap 'rm -rf "$ROOT"' EXIT
cp -a "$IMAGE" "$ROOT"
TRAIN=$(mktemp -d)
say "AppCDS training run in $ROOT"
if [ -n "$TRAINING_IMPORT" ]; then
    "$ROOT/$LAUNCHER" import "$TRAINING_IMPORT" --data-dir "$(native "$TRAIN/data")" >/dev/null
fi
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$(native "$TRAIN/classes.lst") -Dsillage.visit-screens=true" \
    run_with_display "$ROOT/$LAUNCHER" --exit-when-shown --data-dir "$(native "$TRAIN/data")"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$(native "$TRAIN/classes.lst") -Xlog:cds=off -Xlog:cds+dynamic=off" \
    "$ROOT/$LAUNCHER" >"$TRAIN/dump.log" 2>&1 || { cat "$TRAIN/dump.log" >&2; die "AppCDS dump failed"; }
[ -f "$ROOT/$APPDIR/app.jsa" ] || { cat "$TRAIN/dump.log" >&2; die "no AppCDS archive was written"; }
cp -p "$ROOT/$APPDIR/app.jsa" "$IMAGE/$APPDIR/app.jsa"
rm -rf "$ROOT"
trap - EXIT
rm -rf "$TRAIN"
say "AppCDS archive: $(du -h "$IMAGE/$APPDIR/app.jsa" | cut -f1)"

# 4. Packages, from the image. packaging/linux holds jpackage's own install scripts (JDK 17), changed so
#    that a system without a desktop menu installs the package instead of failing.
for t in $PACKAGE_TYPES; do
    args=(--type "$t" "${COMMON[@]}" --app-image "$IMAGE" --dest "$OUT"
        --file-associations packaging/sillage-archive.properties)
    case $t in
        app-image) rm -rf "${OUT:?}/$(basename "$IMAGE")"; cp -a "$IMAGE" "$OUT/"; say "$OUT/$(basename "$IMAGE")"; continue ;;
        deb) args+=(--resource-dir packaging/linux --linux-shortcut --linux-menu-group Office --linux-app-category utils
            --linux-package-deps libgtk-3-0 --linux-deb-maintainer "sillage@example.org") ;;
        rpm) args+=(--resource-dir packaging/linux --linux-shortcut --linux-menu-group Office --linux-package-deps gtk3) ;;
        msi) args+=(--win-menu --win-menu-group Sillage --win-shortcut --win-dir-chooser
            --win-upgrade-uuid 6f0c7a52-3c1e-4a4e-9d57-5b2f8f9e1a10) ;;
        dmg) args+=(--mac-package-identifier org.sillage) ;;
    esac
    say "$t"
    "$JPACKAGE" "${args[@]}"
done
ls -l "$OUT"
