# Sourced by LoopLab's scripts: the environment every build needs (caches, emscripten's node modules).
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export LOOPLAB_CACHE="${LOOPLAB_CACHE:-$HOME/.cache/looplab}"
# ccache keeps compiled objects (SDL2, imgui, gtest, ours) warm across fresh clones in other folders.
export CCACHE_DIR="${CCACHE_DIR:-$LOOPLAB_CACHE/ccache}"
export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=1
# NOTE: Debian's emscripten 3.1.6 needs acorn & co from /usr/share/nodejs at -O1+ (TOOLCHAIN.md pitfall 1).
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# -Werror in CI.
if [ "${CI:-}" = "true" ]; then export LOOPLAB_WERROR=ON; fi
cd "$repo"
