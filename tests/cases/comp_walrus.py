# comp: walrus operator in comprehensions (binds in enclosing scope), while loops, and if tests
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 6], y)
total = 0
sums = [total := total + x for x in data]
print(sums, total)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
if (n := len(data)) > 3:
    print("long list", n)
print((z := 5) + z, z)
def f():
    [last := v for v in "abc"]
    return last
print(f())
chunks = []
it = iter(range(7))
while chunk := [v for _, v in zip(range(3), it)]:
    chunks.append(chunk)
print(chunks)
