# int: error messages of int() for invalid literals, bases and argument types
cases = [("x",), ("",), ("  ",), ("1.5",), ("1e3",), ("08", 0), ("0x", 16), ("12", 2), ("1__0",), ("_1",), ("1_",),
         ("0b2", 0), ("ff",), ("z", 35), ("5", 1), ("5", 37), ("5", -1), (5, 10), (b"x",), ("- 5",), ("++5",),
         (None,), ([1],), ("1" * 5000,), (float("nan"),), (float("inf"),), ("0x1", 10), ("١٢x",)]
for args in cases:
    try:
        print(int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
