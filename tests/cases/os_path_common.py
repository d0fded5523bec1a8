import os.path

print(repr(os.path.commonprefix(["/usr/lib", "/usr/local/lib"])))
print(repr(os.path.commonprefix(["abc", "abd", "ab"])), repr(os.path.commonprefix([])), repr(os.path.commonprefix(["x"])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]))
print(os.path.commonpath(["a/b/c", "a/b/d"]), os.path.commonpath(["/a"]), os.path.commonpath(["/a//b", "/a/b/"]))
print(os.path.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"], ["/a", b"/b"], "abc", [1]]:
    try:
        print(os.path.commonpath(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
