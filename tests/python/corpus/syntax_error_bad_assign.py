# syntax_error_bad_assign.py — a SyntaxError for assigning to a literal: nothing runs, exit 1.
print("never printed")
1 = x
