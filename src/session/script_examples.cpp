// script_examples.cpp — the Script view's examples, each checked with `looplab run` (script_examples_test.cpp).
#include "session/script_examples.h"

namespace looplab {

namespace {
constexpr std::string_view blog2016_text =
    R"py(# The blog post's 2016 script exactly as the blog has it (asyncio.async, yield from: the old dialect).
# Watch the timeline: a staircase of blocking sleeps, then the nine tasks sleeping side by side.
import random
from time import sleep
import asyncio


def task(pid):
    sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


@asyncio.coroutine
def task_coro(pid):
    yield from asyncio.sleep(random.randint(0, 2) * 0.001)
    print('Task %s done' % pid)


def synchronous():
    for i in range(1, 10):
        task(i)


@asyncio.coroutine
def asynchronous():
    tasks = [asyncio.async(task_coro(i)) for i in range(1, 10)]
    yield from asyncio.wait(tasks)


print('Synchronous:')
synchronous()

ioloop = asyncio.get_event_loop()
print('Asynchronous:')
ioloop.run_until_complete(asynchronous())

ioloop.close()
)py";
constexpr std::string_view modern_text =
    R"py(# The blog's script in modern asyncio: the sequential part blocks the loop step by step (a staircase),
# then the nine tasks sleep side by side. Watch the total: the sum of the delays vs the longest one.
import asyncio
import random
import time


def task(pid):
    time.sleep(random.randint(0, 2) * 0.001)
    print(f'Task {pid} done')


async def task_coro(pid):
    await asyncio.sleep(random.randint(0, 2) * 0.001)
    print(f'Task {pid} done')


async def main():
    print('Synchronous:')
    for i in range(1, 10):
        task(i)
    print('Asynchronous:')
    await asyncio.gather(*(task_coro(i) for i in range(1, 10)))


asyncio.run(main())
)py";
constexpr std::string_view gather_wait_text =
    R"py(# gather returns the results in the order you passed the coroutines; wait returns (done, pending) sets.
# Watch the timeline: both run the three sleeps side by side, so each takes as long as the longest.
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f'{name} finished after {delay}s')
    return name


async def main():
    results = await asyncio.gather(work('a', 0.3), work('b', 0.1), work('c', 0.2))
    print('gather:', results)
    tasks = [asyncio.create_task(work(n, d)) for n, d in [('x', 0.2), ('y', 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('wait: first done =', [t.result() for t in done], 'still pending =', len(pending))
    await asyncio.wait(pending)


asyncio.run(main())
)py";
constexpr std::string_view create_task_text =
    R"py(# create_task schedules a task, but it only starts when the creator reaches its next await.
# Watch the output: "created" prints before the child's first line, and the child runs at the sleep(0).
import asyncio


async def child():
    print('child: started')
    await asyncio.sleep(0.1)
    print('child: done')


async def main():
    t = asyncio.create_task(child(), name='child')
    print('main: created', t.get_name())
    await asyncio.sleep(0)
    print('main: after the first await')
    await t


asyncio.run(main())
)py";
constexpr std::string_view semaphore_text =
    R"py(# A Semaphore(2) lets only two downloads run at once; the others wait on it.
# Watch the timeline: at most two tasks sleep at any moment, the rest are waiting.
import asyncio


async def download(sem, n):
    async with sem:
        print(f'download {n} starts')
        await asyncio.sleep(0.1 * n)
        print(f'download {n} ends')


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(sem, n) for n in range(1, 6)))


asyncio.run(main())
)py";
constexpr std::string_view queue_text =
    R"py(# A producer puts items on a Queue(maxsize=2); two consumers take them. A full queue makes the producer wait.
# Watch the timeline: the producer and consumers take turns, waiting on the queue.
import asyncio


async def producer(q):
    for i in range(6):
        await q.put(i)
        print(f'put {i}')
    for _ in range(2):
        await q.put(None)


async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            break
        await asyncio.sleep(0.05)
        print(f'{name} got {item}')


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q, 'c1'), consumer(q, 'c2'))


asyncio.run(main())
)py";
constexpr std::string_view blocking_text =
    R"py(# The blocking-call mistake: time.sleep inside a coroutine holds the whole loop, so nothing else runs.
# Watch the timeline: task "slow" blocks the loop and asyncio warns that a step took too long.
import asyncio
import time


async def slow():
    time.sleep(0.5)
    print('slow: done (and the loop was held for 0.5 s)')


async def ticker():
    for i in range(3):
        print(f'tick {i}')
        await asyncio.sleep(0.1)


async def main():
    await asyncio.gather(slow(), ticker())


asyncio.run(main(), debug=True)
)py";
constexpr std::string_view forgotten_await_text =
    R"py(# The forgotten await: calling a coroutine function only makes a coroutine object; nothing runs.
# Watch the output: "saved" never prints, and Python warns that the coroutine was never awaited.
import asyncio


async def save(item):
    await asyncio.sleep(0.1)
    print('saved', item)


async def main():
    save('report')
    await asyncio.sleep(0.2)
    print('main: finished without saving')


asyncio.run(main())
)py";
constexpr std::string_view wait_for_text =
    R"py(# wait_for gives a coroutine a deadline; past it the task is cancelled and TimeoutError is raised.
# Watch the timeline: the slow task is cancelled at 0.2 s, its cleanup still runs.
import asyncio


async def slow_fetch():
    try:
        await asyncio.sleep(1.0)
        return 'data'
    except asyncio.CancelledError:
        print('slow_fetch: cancelled, cleaning up')
        raise


async def main():
    try:
        await asyncio.wait_for(slow_fetch(), timeout=0.2)
    except asyncio.TimeoutError:
        print('main: timed out after', asyncio.get_running_loop().time(), 's')


asyncio.run(main())
)py";
constexpr std::string_view taskgroup_text =
    R"py(# A TaskGroup waits for all its tasks; when one fails, the others are cancelled and the error is raised.
# Watch the timeline: "b" fails at 0.1 s, "a" is cancelled, and main catches the ExceptionGroup.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f'{name} failed')
    print(f'{name} done')


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('a', 0.3), name='a')
            tg.create_task(job('b', 0.1, fail=True), name='b')
    except ExceptionGroup as eg:
        print('caught:', type(eg).__name__, [str(e) for e in eg.exceptions])


asyncio.run(main())
)py";

constexpr script_example examples[] = {
    {"blog2016", "The blog's 2016 script", blog2016_text},
    {"modern", "Its modern version", modern_text},
    {"gather_wait", "gather vs wait", gather_wait_text},
    {"create_task", "create_task starts at the next await", create_task_text},
    {"semaphore", "A semaphore limits concurrency", semaphore_text},
    {"queue", "Producer / consumer Queue", queue_text},
    {"blocking", "The blocking-call mistake", blocking_text},
    {"forgotten_await", "The forgotten await", forgotten_await_text},
    {"wait_for", "wait_for: timeout and cancellation", wait_for_text},
    {"taskgroup", "TaskGroup", taskgroup_text},
};
}  // namespace

std::span<const script_example> script_examples() noexcept { return examples; }

}  // namespace looplab
