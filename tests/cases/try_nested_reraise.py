# try: nested try blocks, re-raising different exceptions, finally ordering across levels
def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    except ValueError as e:
        print(f"level {n} saw {e}")
        if n < 2:
            raise
        return f"handled at {n}"
    finally:
        print(f"level {n} finally")
print(level(3))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("outer got", repr(e), "context:", e.__context__)
