# asyncio_gather_edges.py — gather: a repeated child, return_exceptions, the first failure, a child cancelled with a
# message (its result is CancelledError('')), cancelling the outer future, a non-awaitable argument.
import asyncio


async def ok(i, d):
    await asyncio.sleep(d)
    return i


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError('bad')


async def main():
    t = asyncio.create_task(ok(1, 0.02))
    print(await asyncio.gather(t, t, ok(2, 0.01)))
    print(await asyncio.gather(ok(1, 0.01), bad(0.02), return_exceptions=True))
    try:
        await asyncio.gather(ok(1, 0.03), bad(0.01))
    except ValueError as e:
        print('caught', e)
    c = asyncio.create_task(ok(3, 0.05))
    g = asyncio.gather(c, ok(4, 0.01), return_exceptions=True)
    await asyncio.sleep(0.02)
    c.cancel('stop')
    r = await g
    print(type(r[0]).__name__, r[0].args, r[1])
    g2 = asyncio.gather(ok(5, 0.05), ok(6, 0.06))
    await asyncio.sleep(0.01)
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print('outer cancelled', g2.cancelled())
    try:
        await asyncio.gather(ok(1, 0.01), 5)
    except TypeError as e:
        print('TypeError', e)
    await asyncio.sleep(0.03)
    print('end')


asyncio.run(main())
