# format: format() builtin on ints, floats, strings, bools, None and its errors
print(format(42), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".2f"), format(1e6, ","), format("s", ">4"))
print(format(255, "x"), format(255, "#b"), format(-1.5, "+"), format(0.1, ".20f"), format(10 ** 25, ","), format(True), format(None))
print(format(1.5), format(1e300), format(2.0, ""), format(123, ""), format("", ""), repr(format(0.0, "g")))
print(format(12.0, "n"), format(1234, "08,"), format(-0.0, ".1f"), format(-0.0001, ".1f"), format(5, ".1%"))
for v, spec in [(None, "d"), ([], "x"), ("s", "d"), (1.5, "x"), (1, "abc"), (1, ".-1f")]:
    try:
        print(format(v, spec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
