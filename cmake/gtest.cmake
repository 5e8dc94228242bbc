# GoogleTest 1.12 built from Debian's /usr/src/googletest (libgtest-dev), natively and for wasm alike,
# so that the very same unit-test binary runs natively and under node.

set(LOOPLAB_GTEST_DIR "/usr/src/googletest/googletest" CACHE PATH "GoogleTest source folder")
if(NOT EXISTS "${LOOPLAB_GTEST_DIR}/src/gtest-all.cc")
  message(FATAL_ERROR "GoogleTest source not found in ${LOOPLAB_GTEST_DIR}; run cmake/setup.sh (libgtest-dev)")
endif()

add_library(looplab_gtest_main STATIC
  "${LOOPLAB_GTEST_DIR}/src/gtest-all.cc"
  "${LOOPLAB_GTEST_DIR}/src/gtest_main.cc")
target_include_directories(looplab_gtest_main SYSTEM PUBLIC "${LOOPLAB_GTEST_DIR}/include")
target_include_directories(looplab_gtest_main PRIVATE "${LOOPLAB_GTEST_DIR}")
target_compile_options(looplab_gtest_main PRIVATE -w)
if(EMSCRIPTEN)
  # No threads in our wasm build; gtest must not try to use pthreads.
  target_compile_definitions(looplab_gtest_main PUBLIC GTEST_HAS_PTHREAD=0)
else()
  find_package(Threads REQUIRED)
  target_link_libraries(looplab_gtest_main PUBLIC Threads::Threads)
endif()
