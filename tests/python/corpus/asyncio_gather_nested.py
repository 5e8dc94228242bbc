# asyncio_gather_nested.py — gather of gathers, of tasks and coroutines together, and of the same coroutine function.
import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name)
    return name


async def branch(prefix, base):
    return await asyncio.gather(leaf(prefix + "1", base + 0.08), leaf(prefix + "2", base))


async def main():
    # Wake-ups: a2 0.04, a1 0.12, b2 0.16, c 0.2, b1 0.24 (40 ms apart: c starts one loop iteration earlier).
    results = await asyncio.gather(branch("a", 0.04), branch("b", 0.16), leaf("c", 0.2))
    print(results)
    tasks = [asyncio.create_task(leaf(f"t{i}", 0.04 * (3 - i))) for i in range(3)]
    print(await asyncio.gather(*tasks, leaf("direct", 0.16)))


asyncio.run(main())
