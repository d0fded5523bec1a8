# bytes: +, *, comparisons (lexicographic, bytes vs bytearray), and mixed-type errors
print(b"ab" + b"cd", b"ab" * 3, 3 * b"x", b"ab" * 0, b"ab" * -1, bytearray(b"a") * 2, 2 * bytearray(b"z"), b"" * 100)
print(b"abc" == bytearray(b"abc"), b"abc" != b"abd", b"a" < b"ab", b"b" > b"abc", b"\xff" > b"\x00\x00", bytearray(b"b") >= b"b", b"" < b"\x00")
print(b"abc" == "abc", b"a" != "a", b"1" == 1, [b"b", b"a"] < [b"b", b"b"], max(b"a", b"abc", b"ab"), sorted([bytearray(b"b"), b"a"]))
x = b"ab"
y = x
x += b"cd"
print(x, y, x is y, bytes(3) + b"!", b"-" * 3 + b">", (b"ab" + bytearray(b"c")) * 2)
for f in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: b"a" * 1.5, lambda: b"a" * b"b", lambda: b"a" < "a",
          lambda: b"a" <= 1, lambda: bytearray(b"a") + "b", lambda: b"a" - b"a"]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
