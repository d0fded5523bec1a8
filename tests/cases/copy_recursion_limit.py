import copy

x = []
for i in range(5000):
    x = [x]
try:
    copy.deepcopy(x)
except RecursionError as e:
    print('RecursionError', e)
y = None
for i in range(300):
    y = {'n': y}
print(type(copy.deepcopy(y)).__name__)
z = ()
for i in range(200):
    z = (z, [i])
print(len(copy.deepcopy(z)))
class Link:
    def __init__(self, nxt):
        self.nxt = nxt
chain = None
for i in range(2000):
    chain = Link(chain)
try:
    copy.deepcopy(chain)
except RecursionError:
    print('RecursionError for objects')
short = None
for i in range(100):
    short = Link(short)
print(type(copy.deepcopy(short)).__name__)
wide = [[i] for i in range(50000)]
print(len(copy.deepcopy(wide)))
