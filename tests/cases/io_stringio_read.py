import io

f = io.StringIO("line1\nline2\nline3")
print(repr(f.read(3)))
print(repr(f.read(0)))
print(repr(f.read()))
print(repr(f.read()))
f.seek(0)
print(repr(f.read(-1)))
f.seek(0)
print(repr(f.read(None)))
print(f.tell())
f.seek(2)
print(repr(f.read(100)))
g = io.StringIO()
print(repr(g.read()), g.tell())
h = io.StringIO("üñï")
print(repr(h.read(2)), h.tell())
try:
    f.read("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.read(1.5)
except TypeError as e:
    print(type(e).__name__, e)
