# subgroup, split and derive.
eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup(OSError)))
print(eg.subgroup(Exception) is eg)
print(eg.subgroup(ExceptionGroup) is eg)
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.subgroup(lambda e: False)))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(OSError)[0], eg.split(OSError)[1] is eg)
m, r = eg.split(LookupError)
print(repr(m), repr(r))
d = eg.derive([ZeroDivisionError("z")])
print(repr(d), type(d).__name__)
print(repr(eg.derive([KeyboardInterrupt()])))
for bad in [3, "ValueError", (ValueError, 3), int]:
    try:
        eg.subgroup(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eg.derive([])
except Exception as e:
    print(type(e).__name__, e)
try:
    raise eg
except ExceptionGroup as caught:
    sub = caught.subgroup(TypeError)
    print(sub is caught, sub.__traceback__ is not None, repr(sub))
