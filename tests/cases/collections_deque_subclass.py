from collections import deque

class History(deque):
    def __init__(self, items=(), limit=3):
        super().__init__(items, limit)
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def latest(self):
        return self[-1] if self else None

h = History()
for word in ['a', 'b', 'c', 'd']:
    h.push(word)
print(h, h.latest(), h.pushes, h.maxlen, len(h))
print(isinstance(h, deque), type(h).__name__, type(h.copy()).__name__, h.copy())
print(type(h + deque(['z'])).__name__)
class Plain(deque):
    pass
p = Plain('xy')
print(p, repr(Plain()), Plain([1], 5))
print(deque.__name__, deque.__module__, repr(deque), type(iter(deque())).__name__)
print(list(map(str, deque([1, 2]))), tuple(deque((3, 4))), set(deque('aab')) == {'a', 'b'})
