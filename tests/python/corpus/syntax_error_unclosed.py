# syntax_error_unclosed.py — a SyntaxError from an unclosed bracket: nothing runs, exit 1.
print("never printed")
values = [1, 2, 3
print(values)
