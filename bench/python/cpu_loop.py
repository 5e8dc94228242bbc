# cpu_loop.py — benchmark: 10**7 integer additions in a plain loop inside a function, no awaits.
def add_up(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(add_up(10_000_000))
