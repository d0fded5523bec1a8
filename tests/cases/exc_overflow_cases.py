# exc: OverflowError in float operations and int-to-float conversions
tests = [("2.0 ** 10000", lambda: 2.0 ** 10000), ("float(2 ** 1024)", lambda: float(2 ** 1024)), ("(2**1024) / 3", lambda: (2 ** 1024) / 3),
         ("1e308 * 10", lambda: 1e308 * 10), ("2 ** 1024 * 1.0", lambda: 2 ** 1024 * 1.0), ("int(1e308) * 10", lambda: len(str(int(1e308) * 10))),
         ("round(1e308, -400)", lambda: round(1e308, -400))]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except OverflowError as e:
        print(label, "->", type(e).__name__ + ":", e)
