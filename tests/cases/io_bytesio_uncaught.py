import io
b = io.BytesIO()
b.write(b"ok")
print(b.getvalue())
b.write("text")
