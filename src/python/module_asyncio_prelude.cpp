// module_asyncio_prelude.cpp — the Python half of LoopLab's asyncio, assembled from its parts; this part: the
// module's names, run, gather, wait, wait_for, as_completed and shield. The other parts: timeout and TaskGroup
// (module_asyncio_prelude_scopes.cpp), the locks and queues (module_asyncio_prelude_sync.cpp). The algorithms
// follow CPython 3.11's Lib/asyncio (tasks.py, runners.py), so that every callback is queued in the same order; the
// text is LoopLab's own.
#include "python/library_module.h"

#include <string>
#include <string_view>

namespace looplab::python {

std::string_view asyncio_prelude_scopes();  // module_asyncio_prelude_scopes.cpp
std::string_view asyncio_prelude_sync();  // module_asyncio_prelude_sync.cpp

namespace {
std::string_view asyncio_prelude_tasks() {
    return R"PY(
import _asyncio_native as _n
get_event_loop = _n.get_event_loop
new_event_loop = _n.new_event_loop
set_event_loop = _n.set_event_loop
get_running_loop = _n.get_running_loop
create_task = _n.create_task
ensure_future = _n.ensure_future
_sleep = _n._sleep
current_task = _n.current_task
all_tasks = _n.all_tasks
iscoroutine = _n.iscoroutine
iscoroutinefunction = _n.iscoroutinefunction
isfuture = _n.isfuture
coroutine = _n.coroutine
Future = _n.Future
Task = _n.Task
CancelledError = _n.CancelledError
InvalidStateError = _n.InvalidStateError
TimeoutError = _n.TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

async def sleep(delay, result=None):
    return await _sleep(delay, result)
# `await asyncio.sleep(d)` needs no coroutine: the native sleep is awaited directly. create_task and ensure_future
# make a task of this coroutine instead (module_asyncio.cpp: sleep_as_coroutine).
_sleep_coroutine = sleep
sleep = _sleep

def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)

def _cancel_all_tasks(loop):
    to_cancel = all_tasks()
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))

def run(main, *, debug=None):
    if _n._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got {!r}".format(main))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(_noop())
            loop.run_until_complete(_noop())
        finally:
            set_event_loop(None)
            loop.close()

async def _noop():
    pass

def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    # Native (module_asyncio_gather.cpp): each call wraps a batch of the arguments (ensure_future, one future per
    # distinct argument, the done-callback), so that a slice can end among 100,000 of them.
    outer = _n._gather_begin(coros_or_futures, return_exceptions)
    while _n._gather_wrap(outer):
        pass
    return outer

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    fs = {ensure_future(f) for f in fs}
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending

async def _cancel_and_wait(fut):
    waiter = get_running_loop().create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)

async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()

def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()

def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_event_loop().create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer

)PY";
}
}  // namespace

// The whole prelude's text, in the order its parts were written (one module, "asyncio").
std::string asyncio_prelude_source() {
    std::string text(asyncio_prelude_tasks());
    text += asyncio_prelude_scopes();
    text += asyncio_prelude_sync();
    return text;
}

const library_module& asyncio_prelude() {
    // Compiled on the first call (a function-local static's initialisation is thread-safe), never changed after.
    static const library_module compiled{asyncio_prelude_source()};
    return compiled;
}

}  // namespace looplab::python
