import io

for nl in [None, "", "\n", "\r", "\r\n"]:
    f = io.StringIO(newline=nl)
    f.write("a\nb\r\nc\rd")
    v = f.getvalue()
    f.seek(0)
    print(repr(nl), repr(v), f.readlines())
for nl in [None, "", "\n"]:
    f = io.StringIO("x\r\ny\rz\n", newline=nl)
    print(repr(nl), repr(f.getvalue()), list(f))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print(type(e).__name__, e)
print(io.StringIO("a\r\nb").newlines if hasattr(io.StringIO(), "newlines") else "no attr")
