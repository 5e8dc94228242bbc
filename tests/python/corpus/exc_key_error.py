# exc_key_error.py — an uncaught KeyError from a dict lookup.
ages = {"ann": 31, "bob": 25}
print(ages["ann"])
print(ages["cy"])
