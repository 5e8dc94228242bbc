x = 1
a = b = c = 2
a, *b = [1, 2, 3]
(a, b), c = (1, 2), 3
[p, q] = 1, 2
obj.attr = d[0] = d[1:2] = 5
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x @= m; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
y: int = 5
z: "list[int]"
(w): int = 1
obj.n: float
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    x = 2
while x:
    x -= 1
    if x == 3:
        continue
    break
else:
    pass
for i in range(10):
    pass
else:
    pass
for k, v in d.items():
    print(k, v)
for *head, tail in rows: pass
try:
    risky()
except ValueError as e:
    raise RuntimeError("bad") from e
except (KeyError, IndexError):
    raise
except:
    pass
else:
    ok()
finally:
    done()
try:
    pass
finally:
    pass
with open(a) as f, open(b) as g:
    pass
with (open(a) as f, open(b) as g,):
    pass
with (yield_value):
    pass
with lock:
    pass
global gx, gy
del x, y[0], z.attr
del (a, b), [c]
assert x, "message"
assert y
import os
import os.path as osp, sys
from time import sleep
from time import sleep as nap, monotonic
from . import sibling
from ..pkg import (a, b,)
pass; pass
print(x); print(y)
