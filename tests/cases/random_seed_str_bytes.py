import random
for seed in ["", "a", "hello world", "héllo ☃", b"", b"bytes seed", bytearray(b"ba")]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(5)], random.getrandbits(64))
for seed in ["abc", b"abc", ""]:
    random.seed(seed, version=1)
    print("v1", repr(seed), [random.random() for _ in range(3)])
for seed in [1.5, -0.25, 0.0, 1e100, 3.0]:
    random.seed(seed)
    print("float", seed, [random.random() for _ in range(3)])
random.seed(True)
print("bool", random.random())
for bad in [[1], (1, 2), {}, {1}, None.__class__]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
