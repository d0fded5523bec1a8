# range: ranges compare by their sequence of values; hashing follows equality; ranges as dict keys
print(range(0, 10, 2) == range(0, 9, 2), range(0, 10, 2) == range(0, 11, 2), range(5, 5) == range(9, 2))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(0)) == hash(range(3, 3)))
d = {range(3): "three"}
print(d[range(0, 3, 1)], range(1) in d, {range(0), range(5, 5)})
print(list(range(5))[::-2] == list(range(5)[::-2]), range(5)[::-2], range(0, 10, 3)[1:], range(10)[-3:-1])
print(range(3) != range(3), range(3) != range(4))
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError:", e)
