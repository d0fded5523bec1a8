import os.path

parts = ["usr", "local", "lib", "python3.11", "site-packages"]
print(os.path.join("/", *parts))
print(os.path.join(*parts))
print(os.path.join("a", *["b", "/abs", "c"]))
print(os.path.join("a/", "/", "b"))
print(os.path.join("", "", "x"))
print(os.path.join("x", "", ""))
print(os.path.join("dir", "file.name.ext"))
print(os.path.join("dir", ".hidden"))
print(os.path.join(".", "a"), os.path.join("..", "a"))
print(os.path.join("a b", "c d"))
print(os.path.join("ü", "ñ"))
print("/".join(["a", "b"]) == os.path.join("a", "b"))
try:
    os.path.join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.path.join("a", ["b"])
except TypeError as e:
    print(type(e).__name__, e)
