# random_int_seed.py — random's exact Mersenne Twister sequences with integer seeds: random, randint, randrange.
import random

random.seed(12345)
print([random.randint(0, 2) for _ in range(20)])
random.seed(0)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.randint(1, 6), random.randint(-10, 10), random.randint(0, 10 ** 12))
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(10, 0, -2))
random.seed(2 ** 40 + 17)
print(random.random(), random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(64))
random.seed(-7)
print(random.random())
random.seed(12345)
again = [random.randint(0, 2) for _ in range(20)]
random.seed(12345)
print(again == [random.randint(0, 2) for _ in range(20)])
