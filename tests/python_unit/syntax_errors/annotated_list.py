x = [1]
[a, b]: int = 1
