import bisect

a = []
for i in range(20000):
    bisect.insort(a, (i * 7919) % 20011)
print(len(a), a[:5], a[-5:], a == sorted(a))
print(sum(bisect.bisect_left(a, v) for v in range(0, 20011, 997)))
r = list(range(0, 1000000, 3))
print(bisect.bisect_left(r, 500000), bisect.bisect_right(r, 999999), bisect.bisect(r, -1))
