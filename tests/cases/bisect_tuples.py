import bisect

events = [(1, 'start'), (3, 'mid'), (3, 'zeta'), (7, 'end')]
print(bisect.bisect_left(events, (3,)), bisect.bisect_right(events, (3, 'm')), bisect.bisect(events, (3, 'zzz')))
bisect.insort(events, (3, 'alpha'))
bisect.insort(events, (0, 'first'))
print(events)
print(bisect.bisect_left(events, 3, key=lambda e: e[0]), bisect.bisect_right(events, 3, key=lambda e: e[0]))
