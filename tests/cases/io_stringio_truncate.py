import io

f = io.StringIO("hello world")
print(f.truncate(5), repr(f.getvalue()), f.tell())
f.seek(2)
print(f.truncate(), repr(f.getvalue()), f.tell())
print(f.truncate(10), repr(f.getvalue()))
f.seek(8)
f.write("Z")
print(repr(f.getvalue()))
try:
    f.truncate(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.truncate("1")
except TypeError as e:
    print(type(e).__name__, e)
g = io.StringIO("abc")
g.seek(0)
g.truncate(0)
g.write("new")
print(repr(g.getvalue()))
