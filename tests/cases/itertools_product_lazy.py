from itertools import product, permutations, combinations, islice

# Large combinatoric spaces are produced lazily, one tuple at a time.
print(list(islice(product(range(1000), repeat=4), 3)))
print(next(permutations(range(50))) [:5])
print(list(islice(combinations(range(100), 50), 2))[1][-3:])
count = 0
for a, b, c in product(range(20), repeat=3):
    if a + b + c == 30:
        count += 1
print(count)
pw = product('ab', [1, 2])
print(next(pw), next(pw), list(pw))
def noisy(tag):
    print('consumed', tag)
    return iter([tag + '1', tag + '2'])
p = product(noisy('x'), noisy('y'))
print('product built')
print(next(p))
print(sum(1 for _ in combinations(range(20), 10)))
