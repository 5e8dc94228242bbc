# builtins_print_misc.py — print with flush, sep=None, end="", objects' str(); str escapes and multi-line strings.
print("flushed", flush=True)
print("a", "b", sep=None)
print("no end", end="")
print()
print(1, 2, sep="\n")
print("tab\tseparated", "back\\slash", 'single \'quote\'', "double \"quote\"")
print("""triple
quoted""", '''also
triple''')
print(r"raw \n string", len(r"\n"), len("\n"))
print("unicode: \u00e9 \u03b1 \x41", "emoji-free")
print("implicit " "concatenation", "line " \
      "continuation")
print(repr("\n"), repr("\t"), repr("\\"), repr("'"), repr('"'), repr("'\""))
print(str(3) + str(4), "x" * 0, "-" * 10)
print()
print("", end="")
print("last")
