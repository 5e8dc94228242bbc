# syntax_error_missing_colon.py — a SyntaxError (missing colon): nothing runs, exit 1.
print("never printed")
def broken()
    return 1
