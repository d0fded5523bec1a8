import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 8), v < (4,), v > (3, 10), v[0] == 3)
print(type(v).__name__, isinstance(v, tuple), len(v))
major, minor, *rest = v
print(major, minor, len(rest))
print(v[:2] == (3, 11), tuple(v)[:2])
print(sys.version.startswith("3.11"), type(sys.version).__name__)
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff)
if sys.version_info >= (3, 10):
    print("modern")
print(sys.version_info.major * 100 + sys.version_info.minor)
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
try:
    v[5]
except IndexError as e:
    print(type(e).__name__, e)
