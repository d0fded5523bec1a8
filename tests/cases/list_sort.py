# list: sort with key/reverse, stability, sorted() vs sort(), errors comparing mixed types
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
x = [5, 2, 8, 2, 9, 1]
r = x.sort()
print(r, x)
x.sort(reverse=True)
print(x)
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted({3: 1, 1: 2}))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    x.sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=None), sorted([-3, 1, -2], key=abs), sorted([0.5, -1, 2], key=lambda v: -v))
