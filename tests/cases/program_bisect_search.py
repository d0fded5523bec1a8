# program: binary search, insertion into sorted list, and lower/upper bound functions written by hand
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 3, 5, 8, 13]
for x in [0, 3, 4, 13, 20]:
    print(x, lower_bound(data, x), upper_bound(data, x), data.count(x))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    s.insert(upper_bound(s, v), v)
print(s, s == sorted([5, 1, 4, 1, 5, 9, 2, 6]))
