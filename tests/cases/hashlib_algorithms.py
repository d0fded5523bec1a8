import hashlib

print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("blake", "shake"))))
print(type(hashlib.algorithms_guaranteed).__name__)
print("sha256" in hashlib.algorithms_available, "md5" in hashlib.algorithms_guaranteed)
print(all(a in hashlib.algorithms_available for a in ["md5", "sha1", "sha256", "sha512"]))
print("sha3_256" in hashlib.algorithms_guaranteed)
