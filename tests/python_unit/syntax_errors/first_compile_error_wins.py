def f():
    return 1
break
yield 2
