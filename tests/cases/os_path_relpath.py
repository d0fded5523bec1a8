import os.path

print(os.path.relpath("/a/b/c", "/a"))
print(os.path.relpath("/a", "/a/b/c"))
print(os.path.relpath("/a/b", "/a/b"))
print(os.path.relpath("/x/y", "/a/b"))
print(os.path.relpath("a/b", "a"))
print(os.path.relpath(b"/a/b", b"/a"))
for args in [("",), ("/a", b"/b"), (5,)]:
    try:
        print(os.path.relpath(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
