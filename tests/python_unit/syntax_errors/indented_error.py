def f():
    x = )
