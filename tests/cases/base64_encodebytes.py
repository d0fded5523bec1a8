import base64

data = bytes(range(100))
enc = base64.encodebytes(data)
print(enc)
print(enc.count(b"\n"), all(len(l) <= 76 for l in enc.split(b"\n")))
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b""))
print(base64.encodebytes(b"hi"))
print(base64.decodebytes(b"aGk=\n"))
try:
    base64.encodebytes("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    base64.decodebytes("aGk=")
except TypeError as e:
    print(type(e).__name__, e)
try:
    base64.decodebytes(b"aGk")
except Exception as e:
    print(type(e).__name__, e)
