import os.path

names = ["photo.JPG", "archive.tar.bz2", "README", ".env", ".env.local", "dir/.config", "a.b/c", "x/y.z/", "file.", "..hidden", "name..ext"]
for n in names:
    root, ext = os.path.splitext(n)
    print(repr(n), repr(root), repr(ext), root + ext == n)
by_ext = {}
for n in names:
    by_ext.setdefault(os.path.splitext(n)[1].lower(), []).append(n)
print(sorted(by_ext))
