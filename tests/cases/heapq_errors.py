import heapq

def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heappush([], 1, 2))
show(lambda: heapq.heappush([]))
show(lambda: heapq.heappop(5))
show(lambda: heapq.heappop())
show(lambda: heapq.heapify('abc'))
show(lambda: heapq.heapify([1], [2]))
show(lambda: heapq.heapreplace({}, 1))
show(lambda: heapq.heappushpop(None, 1))
show(lambda: heapq.heappush([1, 'a'], 'b'))
show(lambda: heapq.heapify([3, 'a', 1]))
show(lambda: heapq.heappush([], x=1))
class Mut:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return False
h = []
h.append(Mut(h)); h.append(Mut(h))
show(lambda: heapq.heappush(h, Mut(h)))
heapq.heappop([])
