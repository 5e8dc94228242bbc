# asyncio_wait_modes.py — asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.1), ("b", 0.02), ("c", 0.14)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("ALL_COMPLETED", names(done), names(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("x", 0.02), name="x"), asyncio.create_task(job("y", 0.04, True), name="y"),
             asyncio.create_task(job("z", 0.2), name="z")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [("p", 0.02), ("q", 0.2)]]
    done, pending = await asyncio.wait(tasks, timeout=0.08)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", [t.cancelled() for t in done], len(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
