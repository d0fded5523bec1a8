import binascii

print(binascii.b2a_base64(b"hello"))
print(binascii.b2a_base64(b"hello", newline=False))
print(binascii.b2a_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8=\n"))
print(binascii.a2b_base64("aGVsbG8="))
print(binascii.a2b_base64(b"aG Vs\nbG8="))
print(binascii.a2b_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8=", strict_mode=True))
for bad in [b"aGVsbG8", b"a", b"aGVsbG8=extra", b"=aGk"]:
    try:
        print(bad, binascii.a2b_base64(bad))
    except binascii.Error as e:
        print(bad, type(e).__name__, e)
for bad in [b"aG Vs", b"aGk=\n", b"=aGk", b"aGk==", b"aGk=a"]:
    try:
        print(bad, binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print(bad, type(e).__name__, e)
try:
    binascii.b2a_base64("str")
except TypeError as e:
    print(type(e).__name__, e)
