# exc_assert.py — an uncaught AssertionError with a message.
def check(n):
    assert n >= 0, f"negative input: {n}"
    return n


print(check(3))
check(-2)
