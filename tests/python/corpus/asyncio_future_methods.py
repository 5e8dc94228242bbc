# asyncio_future_methods.py — Future: set_result, set_exception, result, exception, done, cancelled, callbacks.
import asyncio


def on_done(fut):
    print("done callback:", "cancelled" if fut.cancelled() else repr(fut.exception() or fut.result()))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.02, fut.set_result, 42)
    print("awaited:", await fut)
    print("done:", fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    bad = loop.create_future()
    bad.add_done_callback(on_done)
    bad.set_exception(KeyError("k"))
    print("immediately after set_exception:", bad.done())
    await asyncio.sleep(0)
    print(repr(bad.exception()))
    try:
        await bad
    except KeyError as e:
        print("await raised", repr(e))

    c = loop.create_future()
    c.add_done_callback(on_done)
    print("cancel:", c.cancel(), c.cancelled(), c.done())
    await asyncio.sleep(0)

    t = asyncio.create_task(asyncio.sleep(0.02, result="task value"))
    t.add_done_callback(on_done)
    print(await t, t.done(), t.exception())

    order = []
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: order.append("cb1"))
    f2.add_done_callback(lambda f: order.append("cb2"))
    f2.set_result(None)
    order.append("after set_result")
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
