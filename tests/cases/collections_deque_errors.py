from collections import deque

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[3])
show(lambda: deque([1])[-2])
show(lambda: deque([1])['a'])
show(lambda: deque([1, 2, 3])[0:2])
show(lambda: deque([1, 2]).index(7))
show(lambda: deque([1, 2]).remove(7))
show(lambda: deque([1]) + [2])
show(lambda: deque(5))
show(lambda: deque([1], foo=2))
show(lambda: deque([1], 2, 3))
show(lambda: deque([1]).rotate('x'))
show(lambda: hash(deque()))
show(lambda: deque([1]) < [2])
show(lambda: deque([1]).append())
show(lambda: deque([1]).extend(3))
d = deque([1, 2, 3])
def mutate():
    for x in d:
        d.append(x)
show(mutate)
d2 = deque([1, 2, 3])
it = iter(d2)
print(next(it))
d2[0] = 9
print(list(it))
d3 = deque([1, 2, 3])
it3 = iter(d3)
next(it3)
d3.rotate(0)
show(lambda: next(it3))
deque([5]).pop()
deque().popleft()
