#!/usr/bin/env sh
# Installs the Debian/Ubuntu libraries Qt needs (also offscreen) when any is missing.
# Safe to run again: it does nothing when every library is already there.
set -eu
PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0
 libxcb-xkb1 libxrender1 fonts-dejavu-core"
LIBS="libEGL.so.1 libGL.so.1 libglib-2.0.so.0 libfontconfig.so.1 libfreetype.so.6 libdbus-1.so.3
 libxkbcommon.so.0 libxkbcommon-x11.so.0 libX11-xcb.so.1 libxcb-cursor.so.0 libxcb-icccm.so.4
 libxcb-image.so.0 libxcb-keysyms.so.1 libxcb-randr.so.0 libxcb-render-util.so.0 libxcb-shape.so.0
 libxcb-xinerama.so.0 libxcb-xkb.so.1"

missing=""
for lib in $LIBS; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
[ -d /usr/share/fonts/truetype/dejavu ] || missing="$missing fonts"
[ -z "$missing" ] && exit 0

echo "Qt needs system libraries that are missing:$missing"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Install your distribution's packages for them (Qt 6 xcb/EGL/fontconfig), then retry." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $PACKAGES
