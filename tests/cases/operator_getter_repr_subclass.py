from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1), itemgetter('x', (1, 2)), itemgetter(None))
print(attrgetter('a.b.c'), attrgetter('x', 'y'))
print(methodcaller('m'), methodcaller('m', 'arg', 2.5, k=None, j=[1]))
print(str(itemgetter(0)), f'{attrgetter("z")!r}')
print(type(itemgetter(1)), type(attrgetter('a')), type(methodcaller('a')))
print(itemgetter.__name__, attrgetter.__module__, methodcaller.__qualname__)
