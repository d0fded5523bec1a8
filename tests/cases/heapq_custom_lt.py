import heapq

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        print('compare', self.name, other.name)
        return self.prio < other.prio
    def __repr__(self):
        return self.name

h = []
for p, n in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    heapq.heappush(h, Job(p, n))
print(h)
print(heapq.heappop(h), h)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return str(self.v)
r = [Rev(x) for x in [1, 5, 3, 4]]
heapq.heapify(r)
print(r, [heapq.heappop(r) for _ in range(4)])
class NoLt:
    pass
try:
    heapq.heappush([NoLt()], NoLt())
except TypeError as e:
    print('TypeError', e)
