# random_str_seed.py — random.seed(str) (version 2 seeding: sha512 of the text) and the sequence it gives.
import random

random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed("LoopLab")
print([random.randint(0, 9) for _ in range(10)])
random.seed("")
print(random.random())
random.seed("päivää")
print(random.random())
