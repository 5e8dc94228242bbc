# asyncio_retry_timeout.py — retrying a slow operation with wait_for, a growing timeout and a final fallback.
import asyncio

attempt_costs = [0.3, 0.2, 0.04]


async def flaky_fetch(attempt):
    await asyncio.sleep(attempt_costs[attempt])
    return f"payload after attempt {attempt + 1}"


async def fetch_with_retry(timeouts):
    for attempt, limit in enumerate(timeouts):
        try:
            result = await asyncio.wait_for(flaky_fetch(attempt), timeout=limit)
            print(f"attempt {attempt + 1}: ok")
            return result
        except asyncio.TimeoutError:
            print(f"attempt {attempt + 1}: timed out after {limit}")
    return "fallback"


async def main():
    print(await fetch_with_retry([0.06, 0.08, 0.1]))
    print(await fetch_with_retry([0.04, 0.06]))


asyncio.run(main())
