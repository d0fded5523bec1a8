# bytes.decode: an uncaught UnicodeDecodeError on a truncated multi-byte sequence
print(b"caf\xc3\xa9".decode())
print(b"ok\xe2\x82".decode("utf-8"))
