# raise: `raise X from Y` sets __cause__ and __suppress_context__; from None suppresses context
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("bad input") from e
try:
    convert("x")
except TypeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def quiet(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s) from None
try:
    quiet("y")
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e2 = ValueError("plain")
print(e2.__cause__, e2.__context__, e2.__suppress_context__, e2.__traceback__)
