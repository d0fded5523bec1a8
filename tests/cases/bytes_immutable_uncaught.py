# bytes: item assignment on bytes raises an uncaught TypeError inside a helper
def patch(buf, index, value):
    buf[index] = value
    return buf

print(patch(bytearray(b"cat"), 0, ord("b")))
print(patch(b"cat", 0, ord("b")))
