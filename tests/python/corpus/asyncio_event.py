# asyncio_event.py — Event: waiters block until set(), wake in order; clear(), is_set(), wait() on a set event.
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "woke up")


async def main():
    event = asyncio.Event()
    print("is_set:", event.is_set())
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.02)
    print("setting")
    event.set()
    await asyncio.gather(*tasks)
    print("is_set:", event.is_set())
    print("wait on a set event returns", await event.wait())
    event.clear()
    print("cleared, is_set:", event.is_set())
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.sleep(0.02)
    print("late done before set:", late.done())
    event.set()
    await late


asyncio.run(main())
