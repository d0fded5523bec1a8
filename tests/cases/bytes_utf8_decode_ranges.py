# bytes.decode('utf-8'): the error names the maximal invalid subpart, like CPython
cases = [b"\x80", b"\xc0\x80", b"\xc1\xbf", b"\xc3", b"\xc3x", b"\xe2\x82", b"\xe2\x82x", b"\xe2x",
         b"\xed\xa0\x80", b"\xed\x9f\xbf", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xf0\x8f\xbf\xbf",
         b"\xf4\x90\x80\x80", b"\xf5\x80", b"\xf8\x88\x80\x80\x80", b"\xff\xfe", b"ok\xe0\xa0", b"ok\xe0\x80"]
for c in cases:
    try:
        print(repr(c.decode()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(" replace:", repr(c.decode("utf-8", "replace")), "ignore:", repr(c.decode("utf-8", "ignore")))
