# slice: slice objects used for get, set and delete; indices() normalization for negative steps
data = list(range(10))
s = slice(2, 8, 2)
print(data[s])
data[s] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 3)]
print(data)
rev = slice(None, None, -1)
print("hello"[rev], (1, 2, 3)[rev], range(5)[rev])
for sl in [slice(None), slice(-1, None, -1), slice(None, -1), slice(5, 1, -2), slice(100, -100, -7)]:
    print(sl, sl.indices(6), list(range(6))[sl])
