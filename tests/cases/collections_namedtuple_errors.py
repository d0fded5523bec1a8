from collections import namedtuple

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

Point = namedtuple('Point', 'x y')
show(lambda: Point(1))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, x=2))
show(lambda: Point(1, 2, z=3))
show(lambda: namedtuple('1x', 'a'))
show(lambda: namedtuple('P', 'a 1b'))
show(lambda: namedtuple('P', 'a def'))
show(lambda: namedtuple('P', 'a _b'))
show(lambda: namedtuple('P', 'a a'))
show(lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]))
show(lambda: namedtuple('P', [1, 2]))
show(lambda: namedtuple('P', 'a-b'))
show(lambda: Point._make([1]))
show(lambda: Point._make([1, 2, 3]))
show(lambda: Point(1, 2)._replace(z=1))
show(lambda: setattr(Point(1, 2), 'x', 5))
show(lambda: Point(1, 2)[2])
show(lambda: Point(1, 2).z)
Q = namedtuple('Q', 'a b c', defaults=[0])
show(lambda: Q())
show(lambda: Q(1, 2, 3, 4))
