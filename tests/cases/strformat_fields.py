# str.format: positional/keyword/index/attribute fields, auto numbering, escaped braces
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

class Pt:
    x = 3
    y = [10, 20]
    d = {"k": "v", "0": "zero-str"}
p = Pt()
print("{} {} {}".format(1, "a", None), "{0} {0} {1}".format("r", "s"), "{b} {a}".format(a=1, b=2))
print("{0.x} {0.y[1]} {0.d[k]} {p.y[0]}".format(p, p=p), "{[0]}{[1]}".format("ab", "cd"))
print("{0[0]} {0[1]}".format({0: "int-key", "1": "s"}) if False else "{0[0]}".format({0: "int-key"}), "{0[-1]}".format({"-1": "neg-str"}))
print("{{}} {{{0}}} }}{{".format(5), "{{literal}}".format(), "{:{{}}>5}".format("x") if False else "ok")
print("{0:>{1}}|{0:<{w}}|{0:^{w}.{p}}".format("abcdef", 8, w=9, p=3), "{:{}.{}f}".format(3.14159, 10, 2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}".format("x"), "{x!r}".format(x=[1]))
print("{0}".format(*["only"]), "{a}-{b}".format(**{"a": 1, "b": 2}), "{}".format({"k": [1, 2]}))
print("{:d}".format(True), "{:5}|{:<5}|".format(True, False), "{}".format(3.0), "{:}".format(2.5))
print("{0.real} {0.imag}".format(5), "{0.__class__.__name__}".format("s"), "{.upper}".format("x")[:20])
print("".format(1, 2, x=3), "no fields".format(), "{0}{1}".format("a", "b", "extra"))
