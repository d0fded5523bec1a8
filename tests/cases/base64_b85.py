import base64

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"hello world", bytes(range(10))]:
    enc = base64.b85encode(data)
    print(data, enc, base64.b85decode(enc) == data, base64.b85encode(data, pad=True))
print(base64.b85decode(b"Xk~0{Zy<MXa%^M"))
print(base64.b85decode("VPa!sWoBn+"))
for bad in [b"~~~~~", b"\x00abc", b"ab cd", b"|NsC0|NsC0{"]:
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    base64.b85encode("str")
except TypeError as e:
    print(type(e).__name__, e)
