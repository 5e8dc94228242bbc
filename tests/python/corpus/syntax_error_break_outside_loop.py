# syntax_error_break_outside_loop.py — break outside a loop (a compile-time error): nothing runs, exit 1.
print("never printed")
if True:
    break
