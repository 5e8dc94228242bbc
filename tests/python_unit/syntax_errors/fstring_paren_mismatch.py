x = f'{(a}'
def f():
