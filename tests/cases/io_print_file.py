import io
import json

buf = io.StringIO()
print("hello", 1, 2.5, file=buf)
print("a", "b", sep="-", end="!", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
out = io.StringIO()
json.dump({"a": [1, 2]}, out)
print(out.getvalue())
print(json.load(io.StringIO('{"x": 1}')))
lines = io.StringIO("3\n4\n5\n")
print(sum(int(l) for l in lines))
log = io.StringIO()
for i in range(3):
    log.write(f"step {i}\n")
print(log.getvalue().splitlines())
