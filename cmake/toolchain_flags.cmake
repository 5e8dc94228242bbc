# Compiler-specific flags shared by all our targets (emscripten 3.1.6 workarounds live here).

if(EMSCRIPTEN)
  # NOTE: emscripten 3.1.6's libc++ 13 has only <experimental/coroutine>; src/core/coro_compat.h picks it.
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-Wno-deprecated-experimental-coroutine>)
  # Node-only binaries (unit tests, CLI) run through ctest's emulator: Node 20's fetch() cannot load the wasm
  # file, so it is compiled synchronously.
  set(LOOPLAB_NODE_LINK_FLAGS -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1
      -sMAXIMUM_MEMORY=2GB -sEXIT_RUNTIME=1)
endif()

# ccache, when present, keeps third-party objects warm across fresh clones (CI clones anew every run).
find_program(LOOPLAB_CCACHE ccache)
if(LOOPLAB_CCACHE AND NOT DEFINED CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_C_COMPILER_LAUNCHER "${LOOPLAB_CCACHE}")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${LOOPLAB_CCACHE}")
endif()

# Reproducible debug info and ccache hits across clones in different folders.
add_compile_options(-ffile-prefix-map=${CMAKE_SOURCE_DIR}/=)
