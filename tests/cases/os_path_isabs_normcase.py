import os.path

for p in ["/x", "x", "", "./x", "//x", "~", "C:\\x", "\\x", b"/", b"rel"]:
    print(repr(p), os.path.isabs(p), repr(os.path.normcase(p)), os.path.splitdrive(p))
try:
    os.path.isabs(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.path.normcase(None)
except TypeError as e:
    print(type(e).__name__, e)
