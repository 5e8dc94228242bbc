# lang_control_flow.py — if/elif/else, while/else, for/else, break, continue, pass, conditional expressions.
for n in range(-2, 3):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    else:
        print(n, "positive")
i = 0
while i < 3:
    i += 1
else:
    print("while finished, i =", i)
i = 0
while True:
    i += 1
    if i == 2:
        continue
    if i > 4:
        break
    print("loop", i)
else:
    print("never printed")
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in range(3):
    pass
print("x after loop:", x)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
        print(outer, inner)
print("big" if 10 > 5 else "small", "odd" if 4 % 2 else "even")
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2)
print(0 or "default", 5 and 6, None or 0, [] and "x")
print(not 0, not "a")
while 0:
    pass
else:
    print("empty while else")
for _ in []:
    pass
else:
    print("empty for else")
