from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')), list(product([1, 2], repeat=2)))
print(list(product('ab', range(2), repeat=2))[:5], len(list(product(range(3), repeat=4))))
print(list(product()), list(product([])), list(product([1], [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations('ab', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)))
print(list(combinations('abc', 0)), list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([1, 2], 3)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(12), 5)))
for f, args in [(product, ([1],)), (permutations, ([1], -1)), (permutations, ([1], 'x')), (combinations, ([1],)), (combinations, ([1], -2)), (combinations_with_replacement, ('ab',))]:
    try:
        print(list(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    product([1], repeat=-1)
except ValueError as e:
    print('ValueError', e)
# Knapsack-style brute force.
items = [(3, 4), (4, 5), (2, 3)]
best = max((combo for r in range(4) for combo in combinations(items, r) if sum(w for w, v in combo) <= 6),
           key=lambda combo: sum(v for w, v in combo))
print(best)
