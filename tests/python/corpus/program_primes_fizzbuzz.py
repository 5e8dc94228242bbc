# program_primes_fizzbuzz.py — classic loops: FizzBuzz, a prime sieve, gcd by Euclid, Collatz lengths, fibonacci.
for i in range(1, 16):
    out = ""
    if i % 3 == 0:
        out += "Fizz"
    if i % 5 == 0:
        out += "Buzz"
    print(out or i, end=" ")
print()
limit = 60
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
for p in range(2, int(limit ** 0.5) + 1):
    if sieve[p]:
        for m in range(p * p, limit + 1, p):
            sieve[m] = False
print([n for n, is_prime in enumerate(sieve) if is_prime])


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))


def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 30), key=collatz_length)
print(best, collatz_length(best))
memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(90), [fib(i) for i in range(12)])
