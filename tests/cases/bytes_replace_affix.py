# bytes: replace with counts and empty patterns, startswith/endswith with tuples and bounds
b = b"one two one two one"
print(b.replace(b"one", b"1"), b.replace(b"one", b"1", 2), b.replace(b"one", b"", -1), b.replace(b"x", b"y"), b.replace(b"", b"-"))
print(b"abc".replace(b"", b"|", 2), b"".replace(b"", b"x"), bytearray(b"aaa").replace(b"a", b"bb"), b"aaa".replace(b"aa", b"b"), b"abc".replace(b"b", bytearray(b"B")))
print(b.startswith(b"one"), b.startswith((b"two", b"one")), b.endswith(b"two", 0, 7), b.startswith(b"two", 4), b.endswith(()), b"".startswith(b""))
for bad in [lambda: b.replace("one", b"1"), lambda: b.replace(b"one", "1"), lambda: b.startswith(["one"]), lambda: b.endswith((b"a", "b"))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
