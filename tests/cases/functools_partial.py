from functools import partial

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(3, exp=4), partial(power, 2)(10), partial(power, 2, 10, mod=7)())
p = partial(power, 3, mod=5)
print(p.func is power, p.args, p.keywords, p(), p(3))
pp = partial(p, 4, mod=11)
print(pp.func is power, pp.args, pp.keywords, pp())
print(repr(partial(print, 1, 2, sep='-')), repr(partial(len)))
print(list(map(partial(int, base=2), ['101', '11'])), sorted(['b', 'A', 'c'], key=partial(str.lower)))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
class Greeter:
    greet = partial(lambda self_or_name, punct='!': f'hi {self_or_name}{punct}')
print(Greeter.greet('bo'), Greeter().greet('al', '?'))
for bad in [lambda: partial(), lambda: partial(5), lambda: partial(power)(), lambda: partial(power, 1, 2, 3)()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    p.func = len
except AttributeError as e:
    print('AttributeError')
print(type(p).__name__, callable(p), isinstance(p, partial))
class MyPartial(partial):
    pass
mp = MyPartial(power, 2)
print(repr(MyPartial(len, 'ab')), mp(5))
