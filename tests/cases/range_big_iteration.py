# range: lazy iteration over big ranges, reversed(), the iterator types, crossing the 64-bit boundary
B = 10 ** 20
it = iter(range(B))
print(next(it), next(it), next(it), type(it).__name__)
it = iter(range(B - 2, B + 2))
print(list(it), list(it))
for x in range(2 ** 63 - 3, 2 ** 63 + 3):
    print(x, end=" ")
print()
for x in range(-2 ** 63 + 2, -2 ** 63 - 3, -1):
    print(x, end=" ")
print()
for x in range(B, 2 * B, B // 4):
    print(x, end=" ")
print()
for i, x in enumerate(range(0, 10 ** 30, 10 ** 29)):
    if i == 3:
        break
    print(i, x)
print(list(zip(range(B, B + 3), range(3))), list(map(str, range(2 ** 64, 2 ** 64 + 2))))
print(list(reversed(range(B, B + 3))), list(reversed(range(-B, B, B))), next(reversed(range(B))), next(reversed(range(2 ** 64))))
print(list(reversed(range(2 ** 63 - 2, 2 ** 63 + 2))), list(reversed(range(0, 2 ** 64, 2 ** 62))))
print(list(reversed(range(2 ** 63 - 1, -2 ** 63, -2 ** 63))), list(range(2 ** 63 - 1, -2 ** 63, -2 ** 63)))
print(type(iter(range(5))).__name__, type(iter(range(B))).__name__, type(reversed(range(B))).__name__, type(reversed(range(5))).__name__)
print(iter(range(B)).__length_hint__(), reversed(range(B)).__length_hint__(), iter(range(10, 20)).__length_hint__())
it = iter(range(B, B + 2))
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([x % 7 for x in range(B, B + 5)], sum(x for x in range(2 ** 64 - 2, 2 ** 64 + 2)), any(x > B for x in range(B, B + 3)))
total = 0
for x in range(B, B + 1000):
    total += x & 1
print(total)
