# asyncio_run_basic.py — asyncio.run, awaiting coroutines in sequence, return values, sleep with result=.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.02)
    return a + b


async def main():
    print("start")
    x = await add(1, 2)
    y = await add(x, 10)
    value = await asyncio.sleep(0.02, result="slept")
    print(x, y, value)
    nothing = await asyncio.sleep(0)
    print(nothing)
    return "main result"


print(asyncio.run(main()))
print(asyncio.run(add(20, 22)))
