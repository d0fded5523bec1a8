# class: bound methods — __self__, __func__, equality, storing and calling later
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
print(f(), f(5), c.n, f.__self__ is c, f.__func__ is Counter.inc, f.__name__)
print(c.inc == c.inc, c.inc is c.inc, Counter().inc == c.inc)
actions = [c.inc, Counter().inc, c.inc]
print([a() for a in actions], c.n)
print(type(f).__name__, type(Counter.inc).__name__)
print(list(map(c.inc, [10, 20])), c.n)
