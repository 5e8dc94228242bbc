# asyncio_gather_arguments.py — gather's arguments: a coroutine and a task given twice (one future each, results
# repeated), a future already done, 150 children (more than one native batch) with a repeat across batches, and
# the TypeErrors of an unhashable argument (raised before ensure_future) and of a non-awaitable one.
import asyncio


async def work(i, d):
    await asyncio.sleep(d)
    return i


async def main():
    c = work(1, 0.02)
    t = asyncio.ensure_future(work(2, 0.04))
    print(await asyncio.gather(c, t, c, t, work(3, 0.01)))
    done = asyncio.get_running_loop().create_future()
    done.set_result('early')
    print(await asyncio.gather(done, work(4, 0.01), done))
    first = work(0, 0.03)
    many = [first] + [work(i, 0.01 * (i % 3)) for i in range(1, 150)] + [first]
    results = await asyncio.gather(*many)
    print(len(results), results[0], results[-1], sum(results))
    for bad in ([1, 2], {'a': 1}, 5, 'text'):
        try:
            await asyncio.gather(work(9, 0.01), bad)
        except TypeError as e:
            print(type(bad).__name__, 'TypeError:', e)
        try:
            await asyncio.gather(bad)  # the first argument too (nothing is hashed yet)
        except TypeError as e:
            print(type(bad).__name__, 'alone, TypeError:', e)
    await asyncio.sleep(0.05)
    print('tasks left:', len(asyncio.all_tasks()))


asyncio.run(main())
