# Constructor checks, attributes, str and repr of exception groups.
eg = ExceptionGroup("several", [ValueError(1), TypeError("t")])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("one", (KeyError("k"),))
print(one, repr(one))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(repr(BaseExceptionGroup("b", [SystemExit(2), ValueError(3)])))
cases = [
    (1, [ValueError()]),
    ("m", []),
    ("m", ValueError()),
    ("m", [1]),
    ("m", [ValueError(), "x"]),
    ("m", [KeyboardInterrupt()]),
    ("m",),
    ("m", [ValueError()], 3),
    ("m", {ValueError()}),
    ("m", None),
]
for args in cases:
    try:
        print(repr(ExceptionGroup(*args)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    BaseExceptionGroup(b"m", [ValueError()])
except Exception as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup()
except Exception as e:
    print(type(e).__name__, e)
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), ZeroDivisionError("z")])
print(repr(nested))
print(nested)
