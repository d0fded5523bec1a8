import os.path
from os.path import join

print(join("a", "b", "c"))
print(join("/a", "b"), join("a", "/b"), join("a/", "b"), join("a", ""), join("", "b"), join(""))
print(join("a", "b/", "c"), join("/", "x"), join("a", "", "", "b"))
print(join(b"a", b"b"))
print(os.path.join("dir", "sub", "file.txt"))
for args in [("a", b"b"), (b"a", "b"), ("a", 1), (None,), ()]:
    try:
        print(join(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(join("~", "x"), join(".", "..", "y"))
