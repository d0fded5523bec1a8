import io
f = io.StringIO("abc")
print(f.read())
f.close()
f.read()
