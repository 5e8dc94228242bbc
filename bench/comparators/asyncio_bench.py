# asyncio_bench.py — the W1 / W2 / seed workloads on CPython asyncio, or on uvloop with `--loop uvloop`.
# Prints one JSON line per invocation; bench/run.py runs it in a fresh process per measurement.
# Usage: python3 asyncio_bench.py [--loop asyncio|uvloop] w1 | w2 N | seed
import asyncio
import json
import sys
import time

W1_TASKS, W1_YIELDS = 10_000, 100
SEED_TASKS, SEED_REPEATS = 9, 20


def delays_ms(count):
    """The shared delay draw (bench/README.md): xorshift32 from 2463534242, delay = x % 3 ms."""
    x, out = 2463534242, []
    for _ in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out.append(x % 3)
    return out


def status_bytes(field):
    """VmRSS (resident now) or VmHWM (peak resident) of this process, from /proc/self/status.
    NOTE: not getrusage's maxrss, which a child inherits from the parent that forked it (bench/README.md)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(field + " missing from /proc/self/status")


def is_stable_sort_by_delay(order, delays):
    keys = [(delays[i], i) for i in order]
    return len(order) == len(delays) and all(a < b for a, b in zip(keys, keys[1:]))


async def countdown_gather(coros, count):
    """Spawns every coroutine as a task and waits until all are done; a plain counter is cheaper than gather()."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    left = [count]

    def on_done(_):
        left[0] -= 1
        if left[0] == 0:
            done.set_result(None)

    for c in coros:
        loop.create_task(c).add_done_callback(on_done)
    await done


async def w1():
    async def worker():
        for _ in range(W1_YIELDS):
            await asyncio.sleep(0)

    t0 = time.perf_counter_ns()
    await countdown_gather((worker() for _ in range(W1_TASKS)), W1_TASKS)
    elapsed = time.perf_counter_ns() - t0
    switches = W1_TASKS * W1_YIELDS
    return {"workload": "w1", "n": W1_TASKS, "switches": switches, "elapsed_ns": elapsed,
            "ns_per_switch": elapsed / switches}


async def w2(n):
    delays = delays_ms(n)
    order = []
    order_append = order.append

    async def sleeper(i, d):
        await asyncio.sleep(d)
        order_append(i)

    rss0 = status_bytes("VmRSS")
    t0 = time.perf_counter_ns()
    await countdown_gather((sleeper(i, d / 1000) for i, d in enumerate(delays)), n)
    elapsed = time.perf_counter_ns() - t0
    longest_ns = max(delays) * 1_000_000
    return {"workload": "w2", "n": n, "elapsed_ns": elapsed, "ns_per_task": (elapsed - longest_ns) / n,
            "bytes_per_task": (status_bytes("VmHWM") - rss0) / n,
            "order_sorted_by_delay": is_stable_sort_by_delay(order, delays)}


async def seed():
    delays = delays_ms(SEED_TASKS)
    beyond = []
    for repeat in range(SEED_REPEATS + 1):
        order = []

        async def sleeper(i, d):
            await asyncio.sleep(d / 1000)
            order.append(i)

        t0 = time.perf_counter_ns()
        await asyncio.gather(*(sleeper(i, d) for i, d in enumerate(delays)))
        elapsed = time.perf_counter_ns() - t0
        if repeat:  # the first run warms up
            beyond.append(elapsed - max(delays) * 1_000_000)
    beyond.sort()
    return {"workload": "seed", "n": SEED_TASKS, "delays_ms": delays, "us_beyond_longest": beyond[len(beyond) // 2] / 1000,
            "order": order}


def main(argv):
    loop_name = "asyncio"
    if len(argv) >= 2 and argv[0] == "--loop":
        loop_name, argv = argv[1], argv[2:]
    if loop_name == "uvloop":
        import uvloop
        run = lambda coro: uvloop.run(coro) if hasattr(uvloop, "run") else uvloop.install() or asyncio.run(coro)
    else:
        run = asyncio.run
    workload = argv[0] if argv else ""
    if workload == "w1":
        result = run(w1())
    elif workload == "w2" and len(argv) == 2:
        result = run(w2(int(argv[1])))
    elif workload == "seed":
        result = run(seed())
    else:
        print(__doc__ or "usage: asyncio_bench.py [--loop asyncio|uvloop] w1 | w2 N | seed", file=sys.stderr)
        return 2
    result["runtime"] = loop_name
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
