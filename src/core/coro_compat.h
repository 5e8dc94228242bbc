// coro_compat.h — picks <coroutine> (g++ 12, clang with libstdc++) or <experimental/coroutine>
// (emscripten 3.1.6: libc++ 13 has only the experimental header) and exposes it as looplab::coro.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace looplab::coro {
using std::coroutine_handle;  // the handle type of the selected header
using std::noop_coroutine;  // a handle whose resume() does nothing
using std::suspend_always;  // awaitable that always suspends
using std::suspend_never;  // awaitable that never suspends
}  // namespace looplab::coro
#elif __has_include(<experimental/coroutine>)
// NOTE: emscripten 3.1.6 libc++ has no <coroutine>; build with -Wno-deprecated-experimental-coroutine.
#include <experimental/coroutine>
namespace looplab::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace looplab::coro
#else
#error "looplab needs <coroutine> or <experimental/coroutine>"
#endif
