# exc_not_callable.py — TypeErrors of calls: wrong argument count caught, then calling None uncaught.
def pair(a, b):
    return a, b


try:
    pair(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pair(1, c=2)
except TypeError as e:
    print("TypeError:", e)
handler = None
handler("event")
