# asyncio_call_soon_later.py — call_soon, call_later, call_at ordering relative to each other and to tasks.
import asyncio


def cb(label, log):
    log.append(label)
    print("callback", label)


async def task_body(log):
    log.append("task step 1")
    print("task step 1")
    await asyncio.sleep(0)
    log.append("task step 2")
    print("task step 2")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    # 100 ms and more: a stall of CPython before the next iteration must not make a timer due before the
    # sleep(0) steps run.
    loop.call_later(0.3, cb, "later 0.3", log)
    loop.call_later(0.1, cb, "later 0.1", log)
    loop.call_at(loop.time() + 0.2, cb, "at +0.2", log)
    loop.call_soon(cb, "soon 1", log)
    asyncio.create_task(task_body(log))
    loop.call_soon(cb, "soon 2", log)
    handle = loop.call_soon(cb, "cancelled soon", log)
    handle.cancel()
    timer = loop.call_later(0.15, cb, "cancelled later", log)
    timer.cancel()
    print("main before first await")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0.4)
    print(log)


asyncio.run(main())
