import bisect

class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
print(bisect.bisect_left(Squares(100), 50), bisect.bisect_right(Squares(10), 81), bisect.bisect(range(10**9), 123456))
print(bisect.bisect_left((1, 2, 3), 2), bisect.bisect_left('bdf', 'c'), bisect.bisect_right(b'ace', ord('c')))
class L(list):
    def insert(self, i, x):
        print('insert at', i)
        super().insert(i, x)
l = L([1, 5])
bisect.insort(l, 3)
print(l)
for bad in [lambda: bisect.bisect_left(5, 1), lambda: bisect.bisect_left(None, 1), lambda: bisect.bisect_right([1, 'a'], 2), lambda: bisect.bisect_left({1: 2}, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
