# The project's warning set as an INTERFACE target; link it PRIVATE to our own targets only.
# LOOPLAB_WERROR (ON in CI) turns warnings into errors.

option(LOOPLAB_WERROR "Treat warnings as errors" OFF)

add_library(looplab_warnings INTERFACE)
target_compile_options(looplab_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  # Designated initializers that leave fields at their defaults are the house style.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-missing-field-initializers>
  $<$<BOOL:${LOOPLAB_WERROR}>:-Werror>)
