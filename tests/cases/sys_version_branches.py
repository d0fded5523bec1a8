import sys

PY3 = sys.version_info[0] == 3
print(PY3)
if sys.version_info < (3, 9):
    print("old")
else:
    print("3.9+")
print(sys.version_info >= (3, 11, 0))
print(sys.version_info[:3] >= (3, 11, 0))
print((3, 11) <= sys.version_info[:2] < (3, 12))
print(sorted([sys.version_info[:2], (3, 9), (3, 12)]))
print(sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"))
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
print("%d.%d" % sys.version_info[:2])
print(sys.implementation.name if hasattr(sys, "implementation") and False else "skip")
