#!/usr/bin/env bash
# LoopLab's one-time machine setup: apt packages, pinned Debian source packages, npm test deps.
# Idempotent and quiet: when everything is already present it prints nothing and changes nothing.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="${LOOPLAB_CACHE:-$HOME/.cache/looplab}"     # survives fresh clones: source tarballs, ccache
deps="$repo/.deps"                                   # ignored: unpacked third-party source

# Pinned versions (also recorded in README.md).
imgui_pkg=imgui; imgui_ver=1.90.1+ds-1; imgui_upstream=1.90.1
sdl_pkg=libsdl2; sdl_ver=2.26.5+dfsg-1; sdl_upstream=2.26.5

apt_packages=(emscripten cmake ninja-build chromium nodejs npm libsdl2-dev xvfb dpkg-dev ccache
              libgtest-dev libbenchmark-dev clang-14 clang-format-14 libclang-rt-14-dev python3 valgrind
              fonts-droid-fallback)  # the page's CJK fallback font (cmake/web_target.cmake copies it)

say() { echo "[setup] $*" >&2; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. deb-src entries (bookworm + source-only trixie for imgui 1.90.1) --------------------------
src_list=/etc/apt/sources.list.d/looplab-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  say "adding deb-src entries in $src_list"
  as_root tee "$src_list" >/dev/null <<'SRC'
# LoopLab: source packages only (never changes installed binaries).
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi

# --- 2. apt packages ------------------------------------------------------------------------------
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# Node's npm may come from nodesource's nodejs package instead of Debian's npm.
if [[ " ${missing[*]} " == *" npm "* ]] && command -v npm >/dev/null; then
  missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | sed '/^$/d'))
if [ ${#missing[@]} -gt 0 ]; then
  say "installing: ${missing[*]}"
  as_root apt-get update -qq
  need_update=0
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- 3. pinned source packages, verified by dpkg-source -x ----------------------------------------
fetch_source() {  # pkg version upstream_dir_name
  local pkg=$1 ver=$2 dir=$3
  local upstream=${ver%-*}
  local dsc="$cache/debian-src/${pkg}_${ver}.dsc"
  if [ -f "$deps/$dir/.looplab-verified" ] && [ "$(cat "$deps/$dir/.looplab-verified")" = "$ver" ]; then
    return 0
  fi
  if [ ! -f "$dsc" ]; then
    mkdir -p "$cache/debian-src"
    if [ $need_update -eq 1 ] || ! apt-cache showsrc "$pkg" 2>/dev/null | grep -qx "Version: $ver"; then
      as_root apt-get update -qq; need_update=0
    fi
    say "downloading source package $pkg=$ver"
    (cd "$cache/debian-src" && apt-get source --download-only -qq "$pkg=$ver" 2>/dev/null) \
      || die "apt-get source $pkg=$ver failed (is the deb-src entry in $src_list reachable?)"
  fi
  rm -rf "$deps/$dir"; mkdir -p "$deps"
  # dpkg-source checks every tarball against the checksums in the .dsc.
  # (apt-get source already checked the .dsc against the signed archive index; the .dsc's own
  # inline signature cannot be checked without the uploader's key, so that warning is dropped.)
  local log; log=$(mktemp)
  if ! dpkg-source -x "$dsc" "$deps/$dir" >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"
    die "dpkg-source -x $dsc failed: checksum mismatch or corrupt download (delete $cache/debian-src and retry)"
  fi
  rm -f "$log"
  echo "$ver" > "$deps/$dir/.looplab-verified"
}

fetch_source "$imgui_pkg" "$imgui_ver" imgui
fetch_source "$sdl_pkg" "$sdl_ver" sdl2

got_imgui=$(sed -n 's/^#define IMGUI_VERSION[[:space:]]*"\(.*\)"/\1/p' "$deps/imgui/imgui.h")
[ "$got_imgui" = "$imgui_upstream" ] || die "expected Dear ImGui $imgui_upstream, found '$got_imgui' in $deps/imgui"
v() { sed -n "s/^#define SDL_$1[[:space:]]*\([0-9]*\).*/\1/p" "$deps/sdl2/include/SDL_version.h"; }
got_sdl="$(v MAJOR_VERSION).$(v MINOR_VERSION).$(v PATCHLEVEL)"
[ "$got_sdl" = "$sdl_upstream" ] || die "expected SDL $sdl_upstream, found '$got_sdl' in $deps/sdl2"

# --- 4. npm test package (playwright-core only; never a browser download) -------------------------
lock="$repo/web/package-lock.json"
stamp="$repo/web/node_modules/.looplab-lock"
if [ -f "$lock" ] && { [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; }; then
  say "npm ci in web/"
  (cd "$repo/web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund >/dev/null)
  cp "$lock" "$stamp"
fi
exit 0
