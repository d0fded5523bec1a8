import base64
import json

payload = {"user": "ann", "roles": ["admin", "dev"], "n": 3}
raw = json.dumps(payload, sort_keys=True).encode("utf-8")
enc = base64.b64encode(raw).decode("ascii")
print(enc)
print(json.loads(base64.b64decode(enc)))
header = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
print(header)
padded = header + "=" * (-len(header) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))
basic = "Basic " + base64.b64encode(b"user:pa:ss").decode()
print(basic)
user, _, pw = base64.b64decode(basic.split()[1]).decode().partition(":")
print(user, pw)
img = bytes([137, 80, 78, 71, 13, 10, 26, 10])
print("data:image/png;base64," + base64.b64encode(img).decode())
try:
    json.loads(base64.b64decode(enc[:-3]))
except Exception as e:
    print(type(e).__name__)
