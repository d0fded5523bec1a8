import io

f = io.StringIO()
print(f.write("hello"), f.write(" "), f.write("world"))
print(repr(f.getvalue()), f.tell())
f.seek(0)
f.write("J")
print(repr(f.getvalue()))
f.seek(0, 2)
f.write("!")
print(repr(f.getvalue()))
f.seek(20)
f.write("x")
print(repr(f.getvalue()))
f.writelines(["a", "b\n", "c"])
print(repr(f.getvalue()))
g = io.StringIO("initial")
g.write("AB")
print(repr(g.getvalue()), g.tell())
for bad in [b"bytes", 5, None]:
    try:
        g.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.writelines([1])
except TypeError as e:
    print(type(e).__name__, e)
print(f.write(""), len(f.getvalue()))
