# tuple: single-element repr, packing, methods count/index, concatenation, comparison, hashing
t = (1, 2, 3, 2)
print(t, (1,), (), tuple(), tuple("ab"), tuple([1, [2]]), 1, (1), ((1,),))
print(t.count(2), t.index(2), t.index(2, 2), len(t), t[1:], t[::-1], t + (4,), t * 2, 2 in t)
x = 1, 2
y, = [5]
print(x, y, type(x).__name__)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("a", 1)), hash((1, 2)) == hash((1, 2)))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
nested = ([1, 2], "s")
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(nested)
