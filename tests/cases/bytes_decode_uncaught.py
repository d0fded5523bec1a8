# bytes: uncaught UnicodeDecodeError from decoding invalid utf-8
chunks = [b"caf\xc3\xa9", b"na\xefve"]
for c in chunks:
    print(c.decode("utf-8"))
