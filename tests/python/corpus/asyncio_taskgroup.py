# asyncio_taskgroup.py — TaskGroup: waits for all children; one failure cancels the siblings -> ExceptionGroup.
import asyncio

cancelled = []


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)  # collected: the group cancels its siblings in set order (by address)
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.04))
        b = tg.create_task(work("b", 0.02))
    print("group done:", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0.3))
            tg.create_task(work("y", 0.02, fail=True))
            tg.create_task(work("z", 0.4))
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions], "cancelled:", sorted(cancelled))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("p", 0.02, fail=True))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg, len(eg.exceptions), repr(eg.exceptions[0]))


asyncio.run(main())
