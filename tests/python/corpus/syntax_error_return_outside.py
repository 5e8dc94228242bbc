# syntax_error_return_outside.py — return outside a function (a compile-time error): nothing runs, exit 1.
print("never printed")
return 5
