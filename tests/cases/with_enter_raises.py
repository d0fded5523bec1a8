# with: exception in __enter__ skips body and __exit__; exception in __exit__ replaces original
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("caught:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ValueError("exit failed")
try:
    with BadExit():
        raise KeyError("original")
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
class Track:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        if self.n == 2:
            raise OSError("second enter failed")
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
try:
    with Track(1), Track(2), Track(3):
        print("body")
except OSError as e:
    print("caught:", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
