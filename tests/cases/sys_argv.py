import sys

print(sys.argv)
print(type(sys.argv).__name__, len(sys.argv))
print(sys.argv[0])
print(sys.argv[1:])
args = sys.argv[1:]
name = args[0] if args else "default"
print(name)
try:
    sys.argv[1]
except IndexError as e:
    print(type(e).__name__, e)
sys.argv.append("--flag")
print(sys.argv[1:], "--flag" in sys.argv)
sys.argv = ["prog", "x"]
print(sys.argv)
