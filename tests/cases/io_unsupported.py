import io

f = io.StringIO("x")
try:
    f.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
b = io.BytesIO()
try:
    b.fileno()
except OSError as e:
    print(type(e).__name__, e)
try:
    f.detach()
except Exception as e:
    print(type(e).__name__, e)
print(f.flush())
print(f.line_buffering if hasattr(f, "line_buffering") else "-")
