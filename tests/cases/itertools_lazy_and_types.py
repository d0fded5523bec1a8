import itertools as it

def source():
    for i in range(3):
        print('produce', i)
        yield i

m = it.chain(source(), source())
print('made chain')
print(next(m))
z = it.zip_longest(source(), 'ab', fillvalue='.')
print('made zip_longest')
print(list(z))
print(it.islice(source(), 1) is not None)
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse',
             'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product',
             'permutations', 'combinations', 'combinations_with_replacement']:
    cls = getattr(it, name)
    print(name, repr(cls), cls.__name__)
print(it.tee, type(it.tee).__name__)
obj = it.chain([1])
print(iter(obj) is obj, isinstance(obj, it.chain))
class MyChain(it.chain):
    pass
mc = MyChain([1, 2], [3])
print(list(mc), type(mc).__name__, isinstance(mc, it.chain))
try:
    len(it.count())
except TypeError as e:
    print('TypeError', e)
