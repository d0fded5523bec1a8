import io

print(repr(io.StringIO().getvalue()))
print(repr(io.StringIO("abc").getvalue()))
print(repr(io.StringIO(None).getvalue()))
print(repr(io.StringIO(initial_value="kw").read()))
f = io.StringIO("abc")
print(f.tell())
for bad in [b"bytes", 5, ["x"]]:
    try:
        io.StringIO(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    io.StringIO("a", "\n", 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(f).__name__, isinstance(f, io.StringIO))
