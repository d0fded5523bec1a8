import os

K = "MONTYBOX_TEST_TYPES"
tests = [
    lambda: os.environ.__setitem__(K, 1),
    lambda: os.environ.__setitem__(1, "x"),
    lambda: os.environ.__setitem__(K, None),
    lambda: os.environ.__setitem__(K, b"x"),
    lambda: os.environ.setdefault(K, 5),
    lambda: os.environ[5],
    lambda: os.environ.get(5),
    lambda: os.getenv(5),
    lambda: os.getenv(),
    lambda: os.environ.update({K: "ok"}),
    lambda: os.environ[K],
    lambda: os.environ.update({K: 3}),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
