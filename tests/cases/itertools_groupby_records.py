from itertools import groupby
from operator import itemgetter

rows = [
    {'city': 'Paris', 'year': 2020, 'sales': 5},
    {'city': 'Paris', 'year': 2021, 'sales': 7},
    {'city': 'Lyon', 'year': 2020, 'sales': 2},
    {'city': 'Paris', 'year': 2022, 'sales': 1},
    {'city': 'Lyon', 'year': 2021, 'sales': 4},
]
rows.sort(key=itemgetter('city', 'year'))
for city, group in groupby(rows, key=itemgetter('city')):
    g = list(group)
    print(city, len(g), sum(r['sales'] for r in g), [r['year'] for r in g])
summary = {city: max(r['sales'] for r in grp) for city, grp in groupby(rows, key=itemgetter('city'))}
print(summary)
events = [1, 2, 3, 7, 8, 10, 11, 12]
runs = []
for _, grp in groupby(enumerate(events), key=lambda t: t[1] - t[0]):
    block = [v for _, v in grp]
    runs.append((block[0], block[-1]))
print(runs)
print([(k, sum(1 for _ in g)) for k, g in groupby('1110000111', key=int)])
