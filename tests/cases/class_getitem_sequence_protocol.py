# class: __getitem__ alone makes a class iterable (old sequence protocol) and supports `in`
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, s[-1], s[1:4], s[::-2], list(reversed([*s])))
for i, v in enumerate(s):
    if i == 2:
        print("third is", v)
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
a, b, *c = Squares(4)
print(a, b, c)
