# with: return/break/continue inside with blocks still call __exit__
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
    def __exit__(self, *exc):
        print("exit", self.tag, exc[0])
def f():
    with CM("f"):
        return "returned"
print(f())
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop over")
def gen():
    with CM("gen"):
        yield 1
        yield 2
for v in gen():
    print("got", v)
