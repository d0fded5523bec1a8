import os.path

for path in ["file.txt", "archive.tar.gz", ".bashrc", "noext", "dir.d/file", "a/.hidden.txt", "x.", "..", "...a", "/p/f.TXT", b"f.b", ""]:
    print(repr(path), os.path.splitext(path))
name, ext = os.path.splitext("report.final.pdf")
print(name, ext, ext.lower() == ".pdf")
print(os.path.splitext(os.path.basename("/a/b/c.py"))[0])
try:
    os.path.splitext(3)
except TypeError as e:
    print(type(e).__name__, e)
