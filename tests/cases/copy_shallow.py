import copy

a = [1, [2, 3], {'k': 'v'}]
b = copy.copy(a)
print(b, b == a, b is a, b[1] is a[1])
d = {'x': [1]}
e = copy.copy(d)
e['y'] = 2
e['x'].append(9)
print(d, e)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.copy(frozenset(s)) is not None)
t = (1, [2])
print(copy.copy(t) is t, copy.copy('str') == 'str', copy.copy(5), copy.copy(None), copy.copy(2.5))
print(copy.copy(bytearray(b'ab')), copy.copy(b'ab'), copy.copy(range(3)))
def f():
    pass
print(copy.copy(f) is f, copy.copy(len) is len, copy.copy(int) is int)
class Plain:
    def __init__(self):
        self.items = [1]
        self.name = 'p'
p = Plain()
q = copy.copy(p)
print(type(q).__name__, q is p, q.items is p.items, q.name, vars(q))
class Empty:
    pass
print(type(copy.copy(Empty())).__name__)
