import os

class P:
    def __fspath__(self):
        return "/from/fspath"

class Bad:
    def __fspath__(self):
        return 5

print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(P()))
for bad in [5, None, Bad(), ["x"]]:
    try:
        print(os.fspath(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(os.fsencode("é/x"), os.fsdecode(b"\xc3\xa9/x"), os.fsencode(b"raw"), os.fsdecode("str"))
print(os.fsencode(P()), os.fsdecode(P()))
try:
    os.fsencode(5)
except TypeError as e:
    print(type(e).__name__, e)
print(os.path.join(P(), "x"))
