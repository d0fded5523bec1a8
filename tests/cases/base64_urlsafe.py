import base64

data = bytes([0xfb, 0xff, 0xbf, 0x3e, 0x3f])
print(base64.b64encode(data))
print(base64.urlsafe_b64encode(data))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.urlsafe_b64decode("-_-_"))
print(base64.urlsafe_b64decode(b"+/+/"))
print(base64.urlsafe_b64decode("aGVsbG8="))
token = base64.urlsafe_b64encode(b"user:1234").rstrip(b"=")
print(token)
print(base64.urlsafe_b64decode(token + b"=" * (-len(token) % 4)))
try:
    base64.urlsafe_b64decode(token)
except Exception as e:
    print(type(e).__name__, e)
try:
    base64.urlsafe_b64encode("str")
except TypeError as e:
    print(type(e).__name__, e)
print(base64.urlsafe_b64encode(b"").decode() == "")
