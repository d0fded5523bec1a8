import bisect
print(bisect.bisect([1, 2, 3], 2))
bisect.bisect_left([1, 2, 3], 2, -1)
