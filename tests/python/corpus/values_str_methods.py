# values_str_methods.py — str methods: split/join/strip/replace/find/count/case/padding/predicates, slicing.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = "Hello, World"
print(t.upper(), t.lower(), t.title(), t.swapcase(), "hello world".capitalize())
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "line1\nline2".splitlines())
print(" ".join(["a", "b", "c"]), ",".join("xyz"), "".join([]), "-".join(map(str, range(4))))
print(t.replace("l", "L"), t.replace("l", "L", 1), t.replace("xyz", "!"))
print(t.startswith("Hell"), t.endswith("World"), t.startswith(("x", "H")), t.endswith("o"))
print(t.find("o"), t.find("o", 5), t.find("z"), t.rfind("o"), t.index("W"), t.count("l"), t.count("o", 5))
print(repr("ab".ljust(5)), repr("ab".rjust(5)), repr("ab".center(6)), repr("ab".center(7, "*")), "7".zfill(3))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "abc".islower(), "ABC".isupper())
print(t[0], t[-1], t[1:5], t[:5], t[7:], t[::2], t[::-1], t[-5:-1], t[100:], t[3:1])
print(len(t), "World" in t, "world" in t, "x" not in t)
print("ab" * 3, "a" + "b", "abc" < "abd", "Z" < "a", "" < "a")
print(ord("A"), chr(97), str(12), str(1.5), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("tab\there\n"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "%".join(["1", "2"]))
print(len("héllo"), "héllo"[1], "héllo".upper() == "HéLLO".upper(), "naïve"[::-1])
print("one two three".split(" ", maxsplit=1), "  spaced  out ".split())
for ch in "hi!":
    print(ch, end="|")
print()
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[10]
except IndexError as e:
    print("IndexError:", e)
