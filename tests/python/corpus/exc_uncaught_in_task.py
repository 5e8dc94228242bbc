# exc_uncaught_in_task.py — a task raises, main awaits it: the traceback ends asyncio.run, exit 1.
import asyncio


class PaymentError(Exception):
    pass


async def charge(amount):
    await asyncio.sleep(0.02)
    if amount > 100:
        raise PaymentError(f"amount {amount} over limit")
    print("charged", amount)


async def main():
    await asyncio.create_task(charge(50))
    await asyncio.create_task(charge(500))
    print("never printed")


asyncio.run(main())
