import sys

for arg in [(), (0,), (1,), ("msg",), (None,), (2.5,), ([1],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), repr(e.code), e.args, repr(str(e)))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
except SystemExit as e:
    print("SystemExit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("outer", e.code)
