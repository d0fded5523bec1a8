import os.path

for p in ["/usr/local/bin/python3", "relative/file.txt", "trailing/slash/", "/", "", ".", "..", "a", "//double//slashes//x", "~/x", b"/b/y"]:
    print(repr(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.basename(os.path.dirname("/a/b/c/d.txt")))
print(os.path.dirname(os.path.dirname("/a/b/c/d.txt")))
for bad in [1, None, ["a"]]:
    try:
        os.path.dirname(bad)
    except TypeError as e:
        print(type(e).__name__, e)
