# asyncio_worker_pool.py — a fixed pool of workers pulls jobs from a Queue and records results; gather then cancel.
import asyncio


async def worker(name, jobs, results):
    while True:
        job_id, cost = await jobs.get()
        try:
            await asyncio.sleep(cost)
            results[job_id] = f"{name} did job {job_id}"
        finally:
            jobs.task_done()


async def main():
    jobs = asyncio.Queue()
    # Finishes: job1 0.15 (w1), job3 0.21 (w1), job2 0.3 (w2), job4 0.36 (w1), job0 0.45 (w0), job5 0.52 (w2):
    # 60 ms or more apart wherever a chain of sleeps meets another task's.
    for job_id, cost in enumerate([0.45, 0.15, 0.3, 0.06, 0.15, 0.22]):
        jobs.put_nowait((job_id, cost))
    results = {}
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results)) for i in range(3)]
    await jobs.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    for job_id in sorted(results):
        print(job_id, results[job_id])
    print("finish order:", list(results))


asyncio.run(main())
