# str: encode to utf-8/ascii/latin-1 with error handlers, and decode back
s = "héllo €"
b = s.encode()
print(b, type(b).__name__, b.decode(), len(b))
print(s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__ + ":", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__ + ":", e)
print(b"\xff".decode("utf-8", "replace"), b"\xe9".decode("latin-1"), b"abc\xff".decode("ascii", "ignore"))
