# exc_name_error.py — an uncaught NameError (a misspelt name), after some output.
def compute():
    total = 3
    return missing_variable * 2


print("computing")
print(compute())
