def f():
    x = f'{a b}'
