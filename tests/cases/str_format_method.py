# str: str.format with positional, keyword, index and attribute access, escapes, specs
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = P()
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("a", "b"), "{name}!".format(name="hi"))
print("{0.x} {0.y[1]} {d[key]} {d[k2][0]}".format(p, d={"key": "v", "k2": "w"}))
print("{{literal}} {{{0}}}".format(7), "{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#b} {:,} {:.2%} {:e}".format(3.14159, 5, 255, 5, 1234567, 0.256, 12345.678))
print("{0!r} {0!s} {0!a}".format("é"), "{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y}".format_map(D(x=1)))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("}", (), {}), ("{0.nope}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)
