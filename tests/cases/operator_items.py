import operator as op

l = [1, 2, 3]
print(op.getitem(l, 1), op.getitem('abc', -1), op.getitem({'k': 'v'}, 'k'), op.getitem(l, slice(0, 2)))
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l)
d = {}
op.setitem(d, 'a', 1)
print(d, op.getitem(d, 'a'))
op.delitem(d, 'a')
print(d)
for f, args in [(op.getitem, ([1], 5)), (op.getitem, ({}, 'k')), (op.delitem, ({}, 'k')), (op.setitem, ((1,), 0, 2)), (op.getitem, (5, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(op.index(5), op.index(True), op.index(2**70))
class Idx:
    def __index__(self):
        return 3
print(op.index(Idx()), [10, 20, 30, 40][Idx()])
for bad in [1.5, 'a', None]:
    try:
        op.index(bad)
    except TypeError as e:
        print('TypeError', e)
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5), op.length_hint(5, 7), op.length_hint(iter(range(10))))
class Hint:
    def __length_hint__(self):
        return 4
print(op.length_hint(Hint()))
try:
    op.length_hint([], 'x')
except TypeError as e:
    print('TypeError', e)
print(op.call(max, 1, 5, 3), op.call(dict, a=1))
