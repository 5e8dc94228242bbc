# asyncio_task_names.py — current_task, all_tasks, get_name/set_name, the Task-N numbering (Task-1 = main).
import asyncio


async def child(delay):
    me = asyncio.current_task()
    print("child named", me.get_name())
    await asyncio.sleep(delay)


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    t1 = asyncio.create_task(child(0.02))
    t2 = asyncio.create_task(child(0.1), name="custom")
    t3 = asyncio.ensure_future(child(0.2))
    print([t.get_name() for t in (t1, t2, t3)])
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    t3.set_name("renamed")
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await t1
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(t2, t3)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)


asyncio.run(main())


async def second_run():
    print("second run's main is", asyncio.current_task().get_name())


asyncio.run(second_run())
print(asyncio.current_task() if False else "outside any loop")
