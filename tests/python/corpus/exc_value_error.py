# exc_value_error.py — an uncaught ValueError from int() of a bad string.
for text in ["12", "7", "seven"]:
    print(int(text) * 2)
