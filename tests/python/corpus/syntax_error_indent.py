# syntax_error_indent.py — an IndentationError (a SyntaxError subclass): nothing runs, exit 1.
print("never printed")
if True:
print("not indented")
