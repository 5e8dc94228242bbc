# seed_modern.py — the blog's 2016 script (seed_2016/seed_2016.py) in Python 3.11: async def/await, ensure_future.
import random
random.seed(4902)
from time import sleep
import asyncio


def task(pid):
    sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


async def task_coro(pid):
    await asyncio.sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


def synchronous():
    for i in range(1, 10):
        task(i)


async def asynchronous():
    tasks = [asyncio.ensure_future(task_coro(i)) for i in range(1, 10)]
    await asyncio.wait(tasks)


print('Synchronous:')
synchronous()

ioloop = asyncio.new_event_loop()
asyncio.set_event_loop(ioloop)
print('Asynchronous:')
ioloop.run_until_complete(asynchronous())

ioloop.close()
