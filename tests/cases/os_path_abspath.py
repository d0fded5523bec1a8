import os.path

for p in ["/a/b/../c", "/a/./b//c/", "/", "//x", "///y/../z", "/montybox_nx/..", b"/a/../b"]:
    print(repr(p), repr(os.path.abspath(p)), repr(os.path.normpath(p)))
for p in ["/montybox_nx/a/../b", "/montybox_nx/./c/", "/montybox_nx//d"]:
    print(repr(p), repr(os.path.realpath(p)))
print(os.path.isabs(os.path.abspath("/x")))
try:
    os.path.abspath(None)
except TypeError as e:
    print(type(e).__name__, e)
