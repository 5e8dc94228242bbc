# asyncio_gather_nested.py — gather of gathers, of tasks and coroutines together, and of the same coroutine function.
import asyncio


async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name)
    return name


async def branch(prefix, base):
    return await asyncio.gather(leaf(prefix + "1", base + 0.04), leaf(prefix + "2", base))


async def main():
    results = await asyncio.gather(branch("a", 0.02), branch("b", 0.08), leaf("c", 0.1))
    print(results)
    tasks = [asyncio.create_task(leaf(f"t{i}", 0.02 * (3 - i))) for i in range(3)]
    print(await asyncio.gather(*tasks, leaf("direct", 0.08)))


asyncio.run(main())
