import sys

print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
sys.stderr.flush()
print("stdout again")
print(sys.stderr.write("x\n"))
