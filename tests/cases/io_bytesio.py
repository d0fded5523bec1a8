import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(5), b.tell())
print(b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
b.seek(0, 2)
print(b.write(b"more"), b.getvalue())
print(b.write(bytearray(b"!")), b.write(bytearray(b"?")))
print(b.getvalue())
b.seek(0)
print(b.read1(3), b.read1())
for bad in ["str", 5]:
    try:
        b.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    io.BytesIO("str")
except TypeError as e:
    print(type(e).__name__, e)
print(io.BytesIO().getvalue(), io.BytesIO(bytearray(b"ba")).read())
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
b2 = io.BytesIO(b"abcdef")
b2.truncate(3)
print(b2.getvalue(), b2.tell())
with io.BytesIO(b"x") as b3:
    print(b3.read())
print(b3.closed)
