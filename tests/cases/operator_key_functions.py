from operator import itemgetter, attrgetter
from collections import namedtuple

Row = namedtuple('Row', 'name dept pay')
rows = [Row('a', 'x', 3), Row('b', 'y', 1), Row('c', 'x', 2), Row('d', 'y', 3)]
print(sorted(rows, key=attrgetter('dept', 'pay')))
print(sorted(rows, key=itemgetter(2), reverse=True))
print(min(rows, key=attrgetter('pay')).name, max(rows, key=itemgetter(2, 0)).name)
by = {}
for r in sorted(rows, key=attrgetter('dept')):
    by.setdefault(r.dept, []).append(r.name)
print(by)
data = [{'k': 2, 'v': 'b'}, {'k': 1, 'v': 'a'}, {'k': 2, 'v': 'a'}]
print(sorted(data, key=itemgetter('k', 'v')))
print(list(map(itemgetter('v'), data)))
