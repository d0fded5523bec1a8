# builtin: constructors of builtin types from various inputs
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(list("abc"), tuple([1, 2]), set((1, 1, 2)), frozenset([3]), dict([(1, "a")]), dict(a=1), bytes([104, 105]), bytearray(b"hi"))
print(str(123), str(-0.5), str([None]), bool([]), bool("0"), int("  12 "), float("1e3"), int(-0.9), list({1: 2}.items()))
print(tuple(range(3)), list(map(str, range(3))), dict(zip("xy", (1, 2))), set("aAbB".lower()) == {"a", "b"})
print(str(b"bytes"), bytes(2), bytes("é", "utf-8"), list(b"\x00\x01"), str(bytearray(b"z")))
for call in [lambda: list(5), lambda: tuple(None), lambda: dict([1]), lambda: dict(["ab", "cde"]), lambda: set([[]]), lambda: bool(1, 2), lambda: str(1, 2)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
