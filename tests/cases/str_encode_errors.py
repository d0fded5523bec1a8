# str.encode: utf-8/ascii/latin-1 with strict/ignore/replace/backslashreplace/xmlcharrefreplace
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

s = "aé€😀z"
for enc in ["utf-8", "UTF8", "utf_8", "ascii", "latin-1", "latin1", "iso-8859-1", "us-ascii", "L1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        show(lambda: s.encode(enc, err))
show(lambda: "€ab€".encode("latin-1"))
show(lambda: "ab😀😀".encode("ascii"))
show(lambda: "\x80".encode("ascii"))
show(lambda: "abc".encode("rot13"))
show(lambda: "abc".encode("no-such-codec"))
show(lambda: "abc".encode(1))
show(lambda: "abc".encode("utf-8", 1))
show(lambda: "é".encode("ascii", "bogus"))
show(lambda: "abc".encode("ascii", "bogus"))
show(lambda: "abc".encode(encoding="latin-1", errors="strict"))
show(lambda: "abc".encode(enc="x"))
print("".encode(), "abc".encode("ASCII"), "é".encode("utf-8").decode("latin-1"))
