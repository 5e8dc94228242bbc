# SDL2 2.26.5 compiled for wasm as our own static library, straight from Debian's source package.
# SDL's own CMake spends ~6 minutes in configure checks on 2 cores; compiling the file list directly takes ~70 s.
# The list is emscripten 3.1.6's port list (tools/ports/sdl2.py) plus the files SDL added up to 2.26.5.

set(LOOPLAB_SDL2_DIR "${LOOPLAB_DEPS_DIR}/sdl2")
if(NOT EXISTS "${LOOPLAB_SDL2_DIR}/include/SDL.h")
  message(FATAL_ERROR "SDL2 source not found in ${LOOPLAB_SDL2_DIR}; run cmake/setup.sh first")
endif()

set(looplab_sdl2_sources
  SDL.c
  SDL_assert.c
  SDL_dataqueue.c
  SDL_error.c
  SDL_hints.c
  SDL_log.c
  atomic/SDL_atomic.c
  atomic/SDL_spinlock.c
  audio/SDL_audio.c
  audio/SDL_audiocvt.c
  audio/SDL_audiodev.c
  audio/SDL_audiotypecvt.c
  audio/SDL_mixer.c
  audio/SDL_wave.c
  cpuinfo/SDL_cpuinfo.c
  dynapi/SDL_dynapi.c
  events/SDL_clipboardevents.c
  events/SDL_displayevents.c
  events/SDL_dropevents.c
  events/SDL_events.c
  events/SDL_gesture.c
  events/SDL_keyboard.c
  events/SDL_mouse.c
  events/SDL_quit.c
  events/SDL_touch.c
  events/SDL_windowevents.c
  file/SDL_rwops.c
  haptic/SDL_haptic.c
  joystick/SDL_gamecontroller.c
  joystick/SDL_joystick.c
  power/SDL_power.c
  render/SDL_d3dmath.c
  render/SDL_render.c
  render/SDL_yuv_sw.c
  render/direct3d/SDL_render_d3d.c
  render/direct3d11/SDL_render_d3d11.c
  render/opengl/SDL_render_gl.c
  render/opengl/SDL_shaders_gl.c
  render/opengles/SDL_render_gles.c
  render/opengles2/SDL_render_gles2.c
  render/opengles2/SDL_shaders_gles2.c
  render/psp/SDL_render_psp.c
  render/software/SDL_blendfillrect.c
  render/software/SDL_blendline.c
  render/software/SDL_blendpoint.c
  render/software/SDL_drawline.c
  render/software/SDL_drawpoint.c
  render/software/SDL_render_sw.c
  render/software/SDL_rotate.c
  render/software/SDL_triangle.c
  sensor/SDL_sensor.c
  sensor/dummy/SDL_dummysensor.c
  stdlib/SDL_crc32.c
  stdlib/SDL_getenv.c
  stdlib/SDL_iconv.c
  stdlib/SDL_malloc.c
  stdlib/SDL_qsort.c
  stdlib/SDL_stdlib.c
  stdlib/SDL_string.c
  stdlib/SDL_strtokr.c
  thread/SDL_thread.c
  timer/SDL_timer.c
  video/SDL_RLEaccel.c
  video/SDL_blit.c
  video/SDL_blit_0.c
  video/SDL_blit_1.c
  video/SDL_blit_A.c
  video/SDL_blit_N.c
  video/SDL_blit_auto.c
  video/SDL_blit_copy.c
  video/SDL_blit_slow.c
  video/SDL_bmp.c
  video/SDL_clipboard.c
  video/SDL_egl.c
  video/SDL_fillrect.c
  video/SDL_pixels.c
  video/SDL_rect.c
  video/SDL_shape.c
  video/SDL_stretch.c
  video/SDL_surface.c
  video/SDL_video.c
  video/SDL_yuv.c
  video/emscripten/SDL_emscriptenevents.c
  video/emscripten/SDL_emscriptenframebuffer.c
  video/emscripten/SDL_emscriptenmouse.c
  video/emscripten/SDL_emscriptenopengles.c
  video/emscripten/SDL_emscriptenvideo.c
  audio/emscripten/SDL_emscriptenaudio.c
  video/dummy/SDL_nullevents.c
  video/dummy/SDL_nullframebuffer.c
  video/dummy/SDL_nullvideo.c
  video/yuv2rgb/yuv_rgb.c
  audio/disk/SDL_diskaudio.c
  audio/dummy/SDL_dummyaudio.c
  loadso/dlopen/SDL_sysloadso.c
  power/emscripten/SDL_syspower.c
  joystick/emscripten/SDL_sysjoystick.c
  filesystem/emscripten/SDL_sysfilesystem.c
  timer/unix/SDL_systimer.c
  haptic/dummy/SDL_syshaptic.c
  main/dummy/SDL_dummy_main.c
  locale/SDL_locale.c
  locale/emscripten/SDL_syslocale.c
  misc/SDL_url.c
  thread/generic/SDL_syscond.c
  thread/generic/SDL_sysmutex.c
  thread/generic/SDL_syssem.c
  thread/generic/SDL_systhread.c
  thread/generic/SDL_systls.c
  SDL_guid.c
  SDL_list.c
  SDL_utils.c
  events/SDL_keysym_to_scancode.c
  events/SDL_scancode_tables.c
  events/imKStoUCS.c
  hidapi/SDL_hidapi.c
  joystick/controller_type.c
  joystick/virtual/SDL_virtualjoystick.c
  stdlib/SDL_crc16.c
  stdlib/SDL_mslibc.c
  video/SDL_vulkan_utils.c
  misc/emscripten/SDL_sysurl.c
)
list(TRANSFORM looplab_sdl2_sources PREPEND "${LOOPLAB_SDL2_DIR}/src/")

add_library(looplab_sdl2 STATIC ${looplab_sdl2_sources})
target_include_directories(looplab_sdl2 SYSTEM PUBLIC "${LOOPLAB_SDL2_DIR}/include")
target_include_directories(looplab_sdl2 PRIVATE "${LOOPLAB_SDL2_DIR}/src" "${LOOPLAB_SDL2_DIR}/src/video/khronos")
# Third-party code: build it optimised even in debug presets, and without our warnings.
target_compile_options(looplab_sdl2 PRIVATE -O2 -w)
add_library(looplab::sdl2 ALIAS looplab_sdl2)
