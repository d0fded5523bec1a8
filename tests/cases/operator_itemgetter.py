from operator import itemgetter

g1 = itemgetter(1)
g2 = itemgetter(0, 2)
print(g1([10, 20, 30]), g2('abc'), g1({1: 'one'}), itemgetter('name')({'name': 'ann'}))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter(-1)((1, 2)))
print(repr(g1), repr(g2), repr(itemgetter('a', 'b')), repr(itemgetter(slice(None))))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
recs = [{'n': 'x', 'age': 5}, {'n': 'y', 'age': 2}]
print(sorted(recs, key=itemgetter('age')), list(map(itemgetter('n'), recs)))
print(list(map(itemgetter(0, 1), [[1, 2, 3], [4, 5, 6]])))
for bad in [lambda: itemgetter(), lambda: itemgetter(1)(), lambda: itemgetter(1)([1], [2]), lambda: itemgetter(5)([1]),
            lambda: itemgetter('k')({}), lambda: itemgetter(1, k=2), lambda: itemgetter(1)(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(g1).__name__, callable(g1), isinstance(g1, itemgetter))
