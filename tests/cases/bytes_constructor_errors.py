# bytes/bytearray: constructor errors and their messages
tests = [lambda: bytes("abc"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5),
         lambda: bytes(["a"]), lambda: bytes([1.0]), lambda: bytes(None), lambda: bytes(b"x", "utf-8"), lambda: bytes(5, "utf-8"),
         lambda: bytearray("x"), lambda: bytearray([300]), lambda: bytearray(-5), lambda: bytes("é", "ascii"), lambda: bytes("x", "bogus"),
         lambda: bytes(object()), lambda: bytes("a", 5), lambda: bytes([1], errors="x"), lambda: bytearray(1.0)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
