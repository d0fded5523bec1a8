# percent: errors from %-formatting — wrong counts, wrong types, bad specifiers
cases = [
    ("%d", ("x",)),
    ("%s %s", ("one",)),
    ("%s", ("a", "b")),
    ("%z", (1,)),
    ("%(k)s", ({"j": 1},)),
    ("%c", ("ab",)),
    ("%c", (1114112,)),
    ("%x", (1.5,)),
    ("%f", ("1.5",)),
    ("%(k)s %s", ({"k": 1},)),
    ("%", ()),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{fmt!r:12} {type(e).__name__}: {e}")
try:
    print("%s" % ())
except TypeError as e:
    print("TypeError:", e)
