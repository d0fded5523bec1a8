import io

f = io.StringIO("a\nbb\n\nccc")
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.readline()))
f.seek(0)
print(repr(f.readline(1)), repr(f.readline(5)), repr(f.readline(0)), repr(f.readline(-1)))
f.seek(0)
print(f.readlines())
f.seek(0)
print(f.readlines(3))
f.seek(0)
print(list(f))
f.seek(0)
for i, line in enumerate(f):
    print(i, repr(line.rstrip("\n")))
print(io.StringIO("").readlines(), repr(io.StringIO("x").readline()))
g = io.StringIO("no newline at end")
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    f.readline("1")
except TypeError as e:
    print(type(e).__name__, e)
