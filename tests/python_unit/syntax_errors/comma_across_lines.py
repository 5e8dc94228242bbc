print("a"
x)
