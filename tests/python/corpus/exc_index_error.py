# exc_index_error.py — an uncaught IndexError from a list index.
items = [1, 2, 3]
for i in range(4):
    print(items[i])
