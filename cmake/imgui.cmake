# Dear ImGui 1.90.1 from Debian's source package, as our own static libraries:
#   looplab_imgui          core (used by the UI, the headless UI tests and the app)
#   looplab_imgui_backends SDL2 + OpenGL3 (WebGL2 on the web) backends, used by the app only.

set(LOOPLAB_IMGUI_DIR "${LOOPLAB_DEPS_DIR}/imgui")
if(NOT EXISTS "${LOOPLAB_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui source not found in ${LOOPLAB_IMGUI_DIR}; run cmake/setup.sh first")
endif()

option(LOOPLAB_IMGUI_DEMO "Compile imgui_demo.cpp (the demo window); off in release to keep the page small" OFF)

add_library(looplab_imgui STATIC
  "${LOOPLAB_IMGUI_DIR}/imgui.cpp"
  "${LOOPLAB_IMGUI_DIR}/imgui_draw.cpp"
  "${LOOPLAB_IMGUI_DIR}/imgui_tables.cpp"
  "${LOOPLAB_IMGUI_DIR}/imgui_widgets.cpp"
  $<$<BOOL:${LOOPLAB_IMGUI_DEMO}>:${LOOPLAB_IMGUI_DIR}/imgui_demo.cpp>)
target_include_directories(looplab_imgui SYSTEM PUBLIC "${LOOPLAB_IMGUI_DIR}")
# No .ini file and no file I/O: the page has no filesystem and state lives in the URL.
target_compile_definitions(looplab_imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  $<$<NOT:$<BOOL:${LOOPLAB_IMGUI_DEMO}>>:IMGUI_DISABLE_DEMO_WINDOWS>)
target_compile_options(looplab_imgui PRIVATE -w $<$<CONFIG:Debug>:-O1>)
add_library(looplab::imgui ALIAS looplab_imgui)

if(LOOPLAB_BUILD_APP)
  add_library(looplab_imgui_backends STATIC
    "${LOOPLAB_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    "${LOOPLAB_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(looplab_imgui_backends SYSTEM PUBLIC "${LOOPLAB_IMGUI_DIR}/backends")
  target_link_libraries(looplab_imgui_backends PUBLIC looplab_imgui looplab::sdl2)
  target_compile_options(looplab_imgui_backends PRIVATE -w)
  if(EMSCRIPTEN)
    target_compile_definitions(looplab_imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
  endif()
  add_library(looplab::imgui_backends ALIAS looplab_imgui_backends)
endif()
