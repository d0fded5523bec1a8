import hashlib
print(hashlib.sha256(b"ok").hexdigest())
hashlib.sha256("not encoded")
