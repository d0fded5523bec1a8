from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend(range(10, 15))
print(d)
d.extendleft('xyz')
print(d)
print(deque(range(10), 2), deque('abc', maxlen=0), deque([1, 2], maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
f = deque([1, 2, 3], 3)
f *= 2
print(f)
print(deque([1, 2, 3], 2) + deque([4, 5]))
try:
    f.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
try:
    f.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
for bad in [-1, 'a', 2.5]:
    try:
        deque([], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# A bounded deque keeps the last n lines, like tail -n.
lines = ['l%d' % i for i in range(20)]
print(list(deque(lines, maxlen=4)))
