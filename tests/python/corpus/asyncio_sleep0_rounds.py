# asyncio_sleep0_rounds.py — several tasks doing `await asyncio.sleep(0)` in rounds interleave round-robin.
import asyncio


async def spinner(name, rounds):
    for r in range(rounds):
        print(name, r)
        await asyncio.sleep(0)
    print(name, "finished")


async def main():
    await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 4))
    tasks = [asyncio.create_task(spinner(f"t{i}", 2)) for i in range(3)]
    print("main yields once")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.gather(*tasks)


asyncio.run(main())
