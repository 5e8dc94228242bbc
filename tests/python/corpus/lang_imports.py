# lang_imports.py — import X, import X as Y, from X import Y, from X import Y as Z, for the supported modules.
import math
import random as rnd
from time import sleep
from math import sqrt, pi as PI
import asyncio
import time

print(math.floor(2.7), sqrt(16.0), round(PI, 5))
rnd.seed(1)
print(rnd.randint(1, 100))
print(sleep(0))
print(type(time.time()).__name__, asyncio.sleep is not None)
from random import choice, randint
print(choice([1, 2, 3]), randint(5, 6))
