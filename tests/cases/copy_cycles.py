import copy

l = [1, 2]
l.append(l)
m = copy.deepcopy(l)
print(m, m[2] is m, m is not l)
d = {'name': 'root'}
d['self'] = d
d['children'] = [d]
e = copy.deepcopy(d)
print(e['self'] is e, e['children'][0] is e, e is not d)
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
a, b = Node(1), Node(2)
a.next, b.next = b, a
a2 = copy.deepcopy(a)
print(a2.v, a2.next.v, a2.next.next is a2, a2 is not a)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])
z = copy.deepcopy(x, memo)
print(z is y[0])
