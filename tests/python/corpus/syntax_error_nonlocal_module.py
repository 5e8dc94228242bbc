# syntax_error_nonlocal_module.py — nonlocal at module level (a compile-time error): nothing runs, exit 1.
print("never printed")
nonlocal x
