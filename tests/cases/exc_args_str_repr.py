# exc: args, str() and repr() of exceptions with zero, one and several arguments
for e in [ValueError(), ValueError("msg"), ValueError("a", 1), ValueError(""), ValueError(None), KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), TypeError(["x"]), RuntimeError(("t",)), StopIteration(5), Exception("with 'quotes'"), OSError("os")]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
print(str(KeyError("it's")), str(KeyError(1.5)), str(KeyError("")), repr(KeyError(None)))
