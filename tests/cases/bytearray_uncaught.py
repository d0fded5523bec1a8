# bytearray: remove() of a missing value is an uncaught ValueError
buf = bytearray(b"queue")
buf.remove(ord("u"))
print(buf)
buf.remove(ord("u"))
print(buf)
buf.remove(ord("z"))
