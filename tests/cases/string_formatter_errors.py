from string import Formatter

f = Formatter()
tests = [
    lambda: f.format("{}"),
    lambda: f.format("{0}"),
    lambda: f.format("{a}"),
    lambda: f.format("{} {0}", 1),
    lambda: f.format("{0} {}", 1, 2),
    lambda: f.format("{:d}", "x"),
    lambda: f.format("{0[5]}", [1]),
    lambda: f.format("{0.nope}", 1),
    lambda: f.format("{0[k]}", {}),
    lambda: f.format("{:{}}", 1),
    lambda: f.format(),
    lambda: f.format(1),
    lambda: f.vformat("{}", [1], {}),
    lambda: f.format("{0:{1:{2}}}", 1, 2, 3),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
