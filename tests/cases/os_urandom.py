import os

b = os.urandom(16)
print(type(b).__name__, len(b))
print(len(os.urandom(0)), os.urandom(0))
print(len({os.urandom(8) for _ in range(20)}))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.urandom("8")
except TypeError as e:
    print(type(e).__name__, e)
print(len(os.urandom(3).hex()))
