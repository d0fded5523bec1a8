import sys

n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.writelines(["x\n", "y\n"])
print(sys.stdout.flush())
print("via print", file=sys.stdout)
print(sys.stdout.isatty() in (True, False))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.__stdout__ is not None, sys.stdout.writable())
print(sys.stdout.encoding)
