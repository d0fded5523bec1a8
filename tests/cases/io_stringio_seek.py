import io

f = io.StringIO("0123456789")
print(f.seek(3), f.read(2), f.tell())
print(f.seek(0, 0), f.tell())
print(f.seek(0, 1), f.tell())
print(f.seek(0, 2), f.tell())
print(f.seek(100), repr(f.read()))
for args in [(-1,), (1, 1), (-1, 2), (5, 2), (0, 3), ("a",), (1.5,)]:
    try:
        print(args, f.seek(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
f.seek(0, io.SEEK_END)
print(f.tell())
print(f.seekable(), f.readable(), f.writable(), f.isatty())
