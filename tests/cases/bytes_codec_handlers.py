# str.encode / bytes.decode: codec aliases, error handlers and grouped error positions
s = "aé€€b"
for enc in ["ascii", "latin-1", "Latin_1", "ISO-8859-1", "utf8", "UTF-8", "U8", "us-ascii", "646", "L1"]:
    for err in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, err, s.encode(enc, err))
for enc in ["ascii", "latin-1"]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
try:
    "x€y€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
for args in [("nope",), ("ascii", "bogus")]:
    try:
        s.encode(*args)
    except LookupError as e:
        print("LookupError", e)
print("abc".encode("ascii", "bogus"), b"abc".decode("ascii", "bogus"))
data = b"a\xe9\xff"
for err in ["replace", "ignore", "backslashreplace"]:
    print(err, repr(data.decode("ascii", err)), repr(data.decode("utf-8", err)), repr(data.decode("latin-1", err)))
try:
    data.decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
try:
    data.decode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
