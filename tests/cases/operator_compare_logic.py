import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2), op.ge(1, 2))
print(op.lt([1, 2], [1, 3]), op.eq({1: 2}, {1: 2}), op.gt('b', 'abc'))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth(5), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.contains('hello', 'ell'), op.contains({'k': 1}, 'v'))
print(op.countOf([1, 2, 1, 1], 1), op.countOf('banana', 'a'), op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'c'))
class Weird:
    def __lt__(self, o):
        return 'yes'
print(op.lt(Weird(), 1))
try:
    op.lt(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    op.indexOf([1], 2)
except ValueError as e:
    print('ValueError', e)
try:
    op.contains(5, 1)
except TypeError as e:
    print('TypeError', e)
print(sorted([3, 1, 2], key=op.neg), list(filter(op.truth, [0, 1, '', 'x'])), list(map(op.eq, [1, 2], [1, 3])))
print(op.__lt__(1, 2), op.__not__(1), op.__contains__([1], 1))
