import io

data = "name,age\nann,30\nbob,25\n"
f = io.StringIO(data)
header = f.readline().strip().split(",")
rows = [dict(zip(header, line.strip().split(","))) for line in f]
print(rows)
f = io.StringIO("a\nb\nc")
it = iter(f)
print(it is f, next(it), f.readline(), f.read())
f = io.StringIO("1\n2\n")
print([l for l in f], [l for l in f])
f.seek(0)
print(f.read().splitlines())
big = io.StringIO("x\n" * 1000)
print(sum(1 for _ in big))
