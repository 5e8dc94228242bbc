# asyncio_get_event_loop_legacy.py — the 2016 style that still runs on 3.11: get_event_loop() at module level,
# run_until_complete on a coroutine that waits for ensure_future'd tasks, then close().
import asyncio


async def job(n):
    await asyncio.sleep(0.04 * n)
    print("job", n, "done")
    return n


async def main():
    tasks = [asyncio.ensure_future(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    return "all done"


loop = asyncio.get_event_loop()
print("running:", loop.is_running())
print(loop.run_until_complete(main()))
print("same loop again:", asyncio.get_event_loop() is loop)
loop.close()
print("closed:", loop.is_closed())
