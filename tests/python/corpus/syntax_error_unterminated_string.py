# syntax_error_unterminated_string.py — an unterminated string literal: nothing runs, exit 1.
print("never printed")
name = "unterminated
print(name)
