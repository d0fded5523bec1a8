# exc: __context__ set implicitly when raising in except, __cause__ explicitly; traceback attribute exists
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
try:
    f()
except ValueError as e:
    ctx = e.__context__
    print(repr(e), repr(ctx), e.__cause__, e.__suppress_context__, e.__traceback__ is not None, ctx.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise ValueError("b") from k
except ValueError as e:
    print(e.__cause__ is e.__context__, repr(e.__cause__))
try:
    try:
        raise KeyError("first")
    finally:
        print("finally while exception pending")
except KeyError as e:
    print("context of first:", e.__context__)
try:
    try:
        raise TypeError("inner")
    except TypeError as t:
        try:
            raise ValueError("middle")
        except ValueError:
            raise RuntimeError("outer")
except RuntimeError as r:
    print(repr(r), repr(r.__context__), repr(r.__context__.__context__))
