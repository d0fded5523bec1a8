import os
import os.path

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.path.join(P("/base"), "x", P("y")))
print(os.path.basename(P("/a/b.txt")), os.path.dirname(P("/a/b.txt")))
print(os.path.splitext(P("f.py")), os.path.split(P("/q/r")))
print(os.path.normpath(P("a/../b")), os.path.isabs(P("/z")))
print(os.path.join(P(b"/b"), b"c"))
print(os.fspath(P("s")), os.fspath(P(b"b")))
class Bad:
    def __fspath__(self):
        return 42
for f in [os.path.basename, os.path.normpath, os.fspath]:
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
