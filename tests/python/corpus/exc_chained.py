# exc_chained.py — an exception raised while handling another: both tracebacks, "During handling ..." then exit 1.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"bad config value {text!r}")


print(parse("5"))
print(parse("five"))
