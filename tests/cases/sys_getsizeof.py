import sys

for v in [0, 1, 2**30, 2**64, 1.5, True, None, "", "abc", b"", b"abc", [], [1, 2, 3], (), (1,), {}, set()]:
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(1, "default"))
try:
    sys.getsizeof()
except TypeError as e:
    print(type(e).__name__, e)
