# str: join (with errors), strip/lstrip/rstrip with chars
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " / ".join(("1",)), "".join(map(str, range(5))))
print(repr("  \t hi \n ".strip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("www.example.com".strip("cmowz."), "0012300".lstrip("0"), "0012300".rstrip("0"))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "file.py".removesuffix(""))
