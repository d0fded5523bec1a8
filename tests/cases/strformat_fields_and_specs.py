# strformat: str.format with nested fields, conversions, attribute/index chains and alignment
class Obj:
    def __init__(self):
        self.items = ["zero", "one"]
        self.meta = {"k": "v"}
o = Obj()
print("{0.items[1]} {0.meta[k]} {1[0]}{1[1]}".format(o, "ab"))
print("{:*^{}}".format("mid", 11), "{0:>{1}}|{0:<{1}}|".format("x", 3), "{:{}{}}".format(3.14159, ".", "3"))
print("{!r:>8}|{!s:<6}|{!a}".format("s", 1.5, "ü"))
print("{0}{1}{0}".format("ab", "-"), "{a}{b}{a}".format(a=1, b=2), "{0[a]}".format({"a": "dict"}))
print("{:,}".format(10 ** 12), "{:_x}".format(2 ** 40), "{:=+10.2f}".format(-3.5), "{:e}".format(0.000123))
print("{0!r:^12}".format([1, 2]), "{!s:>6}".format(None))
for bad in ["{0!x}", "{:}}", "{0:{1}}", "{a.}"]:
    try:
        print(bad.format(1, ".2f", a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
