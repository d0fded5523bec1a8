import base64

print(base64.b64decode("Zm9vYmFy"))
print(base64.urlsafe_b64decode("Zm9v"))
print(base64.b32decode("MZXW6==="))
print(base64.b16decode("666F6F"))
print(base64.b85decode("W^Zp|"))
print(base64.a85decode("AoDS"))
for f in [base64.b64decode, base64.b32decode, base64.b16decode, base64.b85decode, base64.a85decode]:
    try:
        f("\u20ac")
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
print(base64.b64encode(b"x").decode() + "suffix")
try:
    base64.b64encode(b"x") + "suffix"
except TypeError as e:
    print(type(e).__name__, e)
