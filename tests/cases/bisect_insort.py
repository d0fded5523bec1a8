import bisect

a = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, x)
    print(a)
b = [1, 3, 3, 5]
bisect.insort_left(b, 3)
bisect.insort_right(b, 3.0)
print(b, [type(v).__name__ for v in b])
c = [10, 20, 30]
bisect.insort(c, 25, 0, 2)
print(c)
bisect.insort(c, 5, lo=1)
print(c)
class Rec:
    def __init__(self, k):
        self.k = k
    def __repr__(self):
        return f'R{self.k}'
recs = [Rec(1), Rec(5)]
bisect.insort(recs, Rec(3), key=lambda r: r.k)
bisect.insort_left(recs, Rec(5), key=lambda r: r.k)
print(recs)
try:
    bisect.insort((1, 2), 3)
except AttributeError as e:
    print('AttributeError', e)
