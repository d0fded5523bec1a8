import copy

a = [1, [2, [3, [4]]], {'k': [5]}, (6, [7])]
b = copy.deepcopy(a)
print(b, b == a, b[1] is a[1], b[1][1] is a[1][1], b[2]['k'] is a[2]['k'], b[3] is a[3], b[3][1] is a[3][1])
t = (1, 2, ('x', 'y'))
print(copy.deepcopy(t) is t, copy.deepcopy(frozenset([1, 2])) == frozenset([1, 2]))
s = {1, (2, 3)}
print(copy.deepcopy(s), copy.deepcopy(s) is s)
nested = {'a': {'b': {'c': [1, 2, 3]}}}
n2 = copy.deepcopy(nested)
n2['a']['b']['c'].append(4)
print(nested, n2)
shared = [1, 2]
container = [shared, shared]
c2 = copy.deepcopy(container)
print(c2[0] is c2[1], c2[0] is shared)
print(copy.deepcopy([b'b', 'str', 1.5, None, True, range(2)]))
