# asyncio_sleep_forms.py — asyncio.sleep awaited, made into a task (create_task, gather, wait_for), with result=,
# a bad delay, and never awaited (the warning).
# corpus: stderr_contains coroutine 'sleep' was never awaited
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result=5))
    print(await t, t.done())
    print(await asyncio.gather(asyncio.sleep(0.02, 'a'), asyncio.sleep(0.01, 'b')))
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'w'), 1))
    print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutine(asyncio.sleep(0)))
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    print(await asyncio.sleep(0.01, result=[1, 2]))
    asyncio.sleep(5)
    print('end')

asyncio.run(main())
