# exc_zero_division.py — an uncaught ZeroDivisionError inside nested calls: traceback on stderr, exit 1.
def ratio(a, b):
    return a / b


def report(values):
    for v in values:
        print("ratio", ratio(10, v))


report([2, 5, 0, 1])
