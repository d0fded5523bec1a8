import os.path

print(os.path.join(b"/a", b"b", b"c.txt"))
print(os.path.split(b"/a/b"), os.path.splitext(b"x.tar.gz"))
print(os.path.normpath(b"a//b/../c"), os.path.isabs(b"/x"), os.path.basename(b"/q/r"))
print(os.path.commonprefix([b"/ab", b"/ac"]), os.path.commonpath([b"/a/b", b"/a/c"]))
print(os.path.expandvars(b"no vars"), os.path.normcase(b"AbC"))
for args in [(b"a", "b"), ("a", b"b"), (b"a", 1)]:
    try:
        print(os.path.join(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.path.relpath(b"/a", "/b")
except TypeError as e:
    print(type(e).__name__, e)
