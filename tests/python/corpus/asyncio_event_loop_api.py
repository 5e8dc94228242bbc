# asyncio_event_loop_api.py — new_event_loop/set_event_loop/get_event_loop, run_until_complete, create_task, close.
import asyncio


async def compute(x):
    await asyncio.sleep(0.02)
    return x * 10


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(4)))
task = loop.create_task(compute(5))
print(task.done())
print(loop.run_until_complete(task), task.done(), task.result())


async def inside():
    running = asyncio.get_running_loop()
    print("running loop is ours:", running is loop, running.is_running())
    fut = running.create_future()
    running.call_later(0.02, fut.set_result, "from call_later")
    return await fut


print(loop.run_until_complete(inside()))
loop.close()
print(loop.is_closed())
try:
    coro = compute(1)
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()
other = asyncio.new_event_loop()
print(other.run_until_complete(compute(7)))
other.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
