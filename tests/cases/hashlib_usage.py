import hashlib
import json

def fingerprint(obj):
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]

print(fingerprint({"b": 2, "a": 1}), fingerprint({"a": 1, "b": 2}))
print(fingerprint([1, 2, 3]))
def bucket(key, n=10):
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % n
print([bucket(k) for k in ["alice", "bob", "carol", "dave", "eve"]])
salt = b"s4lt"
print(hashlib.sha256(salt + b"password").hexdigest())
cache = {}
for word in ["x", "y", "x"]:
    key = hashlib.sha1(word.encode()).hexdigest()
    cache[key] = cache.get(key, 0) + 1
print(sorted(cache.values()))
print(hashlib.sha256(b"a" * 100000).hexdigest())
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i).encode())
print(h.hexdigest())
