import os.path as p

for path in ["/a/b/c.txt", "a/b/", "c.txt", "/", "", "//x", "a//b", "/a/b/../c", b"/x/y"]:
    print(repr(path), p.split(path), p.basename(path), p.dirname(path))
print(p.splitdrive("/a/b"), p.splitdrive("c:/x"))
try:
    p.split(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.basename(None)
except TypeError as e:
    print(type(e).__name__, e)
