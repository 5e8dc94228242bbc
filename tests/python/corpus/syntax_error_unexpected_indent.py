# syntax_error_unexpected_indent.py — an unexpected indent (IndentationError): nothing runs, exit 1.
print("never printed")
x = 1
    y = 2
