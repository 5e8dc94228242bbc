# asyncio_equal_delays.py — tasks sleeping for the same delay, scheduled one after another, wake in creation order.
# (In CPython their deadlines differ by the microseconds between the calls; in LoopLab they tie and resume in
# scheduling order. Either way: creation order.)
import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")


async def main():
    await asyncio.gather(*(sleeper(f"s{i}", 0.05) for i in range(5)))
    tasks = [asyncio.create_task(sleeper(f"t{i}", 0.04 if i % 2 else 0.08)) for i in range(6)]
    await asyncio.wait(tasks)
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    for i in range(4):
        loop.call_later(0.03, print, "callback", i)
    loop.call_later(0.05, done.set_result, None)
    await done


asyncio.run(main())
