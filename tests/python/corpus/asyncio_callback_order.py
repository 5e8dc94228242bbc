# asyncio_callback_order.py — the ready queue to the callback: done-callbacks and awaiting tasks wake in the order
# they registered, call_soon from inside a task and from a callback, tasks created by callbacks, and Task-N numbers.
import asyncio

log = []


def note(text):
    log.append(text)


async def awaiter(name, fut):
    note(f"{name} waits")
    value = await fut
    note(f"{name} resumed with {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(awaiter("w1", fut))
    fut.add_done_callback(lambda f: note("callback A (registered before w1 awaited)"))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: note("callback B (registered after w1 awaited)"))
    asyncio.create_task(awaiter("w2", fut))
    await asyncio.sleep(0)
    note("setting the result")
    fut.set_result(7)
    note("set_result returned")
    loop.call_soon(note, "call_soon from main after set_result")
    await asyncio.sleep(0)
    note("main after one iteration")
    await asyncio.sleep(0)

    def spawn():
        note("callback spawns a task")
        t = loop.create_task(awaiter("w3", done_fut))
        note(f"spawned {t.get_name()}")
        loop.call_soon(note, "call_soon from a callback")

    done_fut = loop.create_future()
    loop.call_soon(spawn)
    loop.call_soon(done_fut.set_result, "late")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    note(f"current task is {asyncio.current_task().get_name()}")
    for line in log:
        print(line)


asyncio.run(main())
