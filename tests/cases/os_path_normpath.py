import os.path

for path in ["a/./b/../c", "/../x", "//a//b", "///a", "a/b/../../..", "", ".", "./", "a/", "/a/b/./../c/", b"/a/../b", "../..//x/."]:
    print(repr(path), repr(os.path.normpath(path)))
print(os.path.normcase("A/B"), os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""), os.path.isabs(b"/"))
print(os.path.realpath("/a/../b") if False else "skip")
try:
    os.path.normpath(None)
except TypeError as e:
    print(type(e).__name__, e)
