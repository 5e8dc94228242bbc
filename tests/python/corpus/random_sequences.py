# random_sequences.py — choice, choices (weights, k), shuffle, sample, uniform, gauss with a fixed seed.
import random

random.seed(7)
items = ["red", "green", "blue", "cyan", "magenta"]
print(random.choice(items), random.choice("abc"), random.choice(range(100)))
print(random.choices(items, k=4))
print(random.choices(items, weights=[5, 1, 1, 1, 10], k=6))
print(random.choices(range(3), cum_weights=[1, 2, 10], k=5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(items, 2), sorted(random.sample(range(10), 10)))
print(random.uniform(1, 2), random.uniform(-5, 5))
print(random.gauss(0, 1), random.gauss(10, 2))
print(round(random.random(), 6), random.randint(1, 3))
