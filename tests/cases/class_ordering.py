# class: rich comparisons, reflected fallbacks, NotImplemented, TypeError for unsupported comparisons
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"V.__lt__({self.n}, {getattr(other, 'n', other)})")
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __repr__(self):
        return f"V({self.n})"
a, b = V(1), V(2)
print(a < b)
print(b > a)
print(sorted([V(3), V(1), V(2)]))
class A:
    pass
class B:
    pass
for expr in [lambda: A() < B(), lambda: A() >= B(), lambda: V(1) < 5, lambda: 5 > V(1), lambda: V(1) <= V(2)]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
print(V(1) == V(1), V(1) != V(1), V(1) == 1, A() == A())
