from operator import itemgetter, attrgetter, methodcaller

ig = itemgetter(0)
print(ig((5,)), ig([[1]]), ig('z'))
print(itemgetter(0, 0)('ab'), itemgetter(*range(3))('abcdef'))
class Obj:
    a = 1
    @property
    def b(self):
        return self.a + 1
print(attrgetter('a', 'b', 'a')(Obj()), attrgetter('b.real')(Obj()))
print(methodcaller('__len__')([1, 2]), methodcaller('__getitem__', 1)('xy'))
class G:
    def __getitem__(self, k):
        return k * 2
print(itemgetter(21)(G()), itemgetter('ab', 3)(G()))
get_second = itemgetter(1)
pairs = [(1, 'one'), (2, 'two')]
print(dict(zip(map(get_second, pairs), map(itemgetter(0), pairs))))
