# str.format_map with dict, dict subclasses with __missing__, custom mappings, and errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
class M:
    def __getitem__(self, k):
        return k.upper()
print("{a} {b}".format_map({"a": 1, "b": 2}), "{x} and {y}".format_map(Default(x="X")), "{q}{r}".format_map(M()))
print("{a[0]} {a.real}".format_map({"a": [7]}) if False else "{a[0]}".format_map({"a": [7]}), "{n:>5}".format_map({"n": 3}))
show(lambda: "{x}".format_map({}))
show(lambda: "{0}".format_map({"0": "zero"}))
show(lambda: "{}".format_map({}))
show(lambda: "{x}".format_map([]))
show(lambda: "{x}".format_map(5))
show(lambda: "{x}".format_map())
show(lambda: "{x}".format_map({}, {}))
show(lambda: "plain".format_map(None))
