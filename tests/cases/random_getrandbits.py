import random
random.seed(12345)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 96, 100, 128, 129, 255, 1000]:
    print(k, [random.getrandbits(k) for _ in range(4)])
print(random.randbytes(0), random.randbytes(1), random.randbytes(7), random.randbytes(33).hex())
for bad in [-1, 2.0, "8"]:
    try:
        random.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.randbytes(-3)
except ValueError as e:
    print(e)
