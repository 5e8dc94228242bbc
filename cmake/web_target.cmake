# looplab_configure_web_target(): turns an executable into the static site (index.html + .js + .wasm + assets).
# One place for the shell file, the link flags and LINK_DEPENDS, so every web target is built the same way.

set(LOOPLAB_WEB_MAX_MEMORY "1GB" CACHE STRING "Hard ceiling for the page's wasm memory")
set(LOOPLAB_FALLBACK_FONT "/usr/share/fonts-droid-fallback/truetype/DroidSansFallback.ttf" CACHE FILEPATH
    "TrueType font with CJK glyphs, served beside the page as fallback-cjk.ttf")
set(LOOPLAB_WEB_ASSETS favicon.svg looplab.css looplab_shell.js looplab_input.js looplab_code_link.js)

function(looplab_configure_web_target target)
  set(shell "${CMAKE_SOURCE_DIR}/shell/shell.html")
  set(site "${CMAKE_BINARY_DIR}/site")
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME index SUFFIX ".html"
    RUNTIME_OUTPUT_DIRECTORY "${site}"
    LINK_DEPENDS "${shell}")
  target_link_options(${target} PRIVATE
    --shell-file "${shell}"
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=${LOOPLAB_WEB_MAX_MEMORY} -sABORTING_MALLOC=0
    -sNO_FILESYSTEM=1 -sENVIRONMENT=web
    # NOTE: Debian's emscripten 3.1.6 crashes in its HTML minifier at -O1+ (TOOLCHAIN.md pitfall 2).
    -sMINIFY_HTML=0
    # No eval()/new Function in the output, so the shell's CSP can forbid 'unsafe-eval'.
    -sDYNAMIC_EXECUTION=0
    -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free)
  # Static assets sit beside index.html so the folder can be copied to any static host as is.
  set(copied)
  foreach(asset IN LISTS LOOPLAB_WEB_ASSETS)
    add_custom_command(OUTPUT "${site}/${asset}"
      COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/web/${asset}" "${site}/${asset}"
      DEPENDS "${CMAKE_SOURCE_DIR}/web/${asset}" VERBATIM)
    list(APPEND copied "${site}/${asset}")
  endforeach()
  # The fallback font for text beyond Latin-1 (CJK), from Debian's fonts-droid-fallback (cmake/setup.sh installs
  # it): copied into the site, never into git; the page fetches it only when a text needs it (glyph_fallback.h).
  if(EXISTS "${LOOPLAB_FALLBACK_FONT}")
    add_custom_command(OUTPUT "${site}/fallback-cjk.ttf"
      COMMAND ${CMAKE_COMMAND} -E copy_if_different "${LOOPLAB_FALLBACK_FONT}" "${site}/fallback-cjk.ttf"
      DEPENDS "${LOOPLAB_FALLBACK_FONT}" VERBATIM)
    list(APPEND copied "${site}/fallback-cjk.ttf")
  else()
    message(WARNING "No fallback font at ${LOOPLAB_FALLBACK_FONT} (run cmake/setup.sh): CJK text will draw as '?'")
  endif()
  add_custom_target(${target}_assets DEPENDS ${copied})
  add_dependencies(${target} ${target}_assets)
endfunction()
