# syntax_error_await_outside_async.py — await inside a plain def: a compile-time error, nothing runs, exit 1.
import asyncio

print("never printed")


def main():
    await asyncio.sleep(1)
