import os.path

for path in ["/surely/not/here/montybox", "/surely/not/here/montybox.txt", "", "relative/missing/thing"]:
    print(repr(path), os.path.exists(path), os.path.isfile(path), os.path.isdir(path), os.path.islink(path), os.path.lexists(path))
print(os.path.exists("/"), os.path.isdir("/"), os.path.ismount("/"))
print(os.path.exists(b"/surely/not/here"))
for bad in [None, 5]:
    try:
        print(os.path.exists(bad))
    except TypeError as e:
        print(type(e).__name__, e)
