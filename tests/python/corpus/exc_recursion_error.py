# exc_recursion_error.py — unbounded recursion: RecursionError (caught once, then uncaught).
def depth(n):
    return depth(n + 1)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(500))
try:
    depth(0)
except RecursionError as e:
    print("caught RecursionError:", e)
depth(0)
