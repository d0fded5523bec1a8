import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3), bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left('aceg', 'd'), bisect.bisect_right((1.5, 2.5), 2.5), bisect.bisect_left(range(0, 100, 5), 42))
