import copy

data = {
    'list': [1, {'deep': (1, [2, {'deeper': {3, 4}}])}],
    'tuple': ((), ([],), 'x'),
    'frozen': frozenset({(1, 2), 'a'}),
    'bytes': bytearray(b'xy'),
}
c = copy.deepcopy(data)
print(c == data, c['list'][1]['deep'][1] is data['list'][1]['deep'][1], c['tuple'][1] is data['tuple'][1])
print(c['tuple'][0] is data['tuple'][0], c['frozen'] == data['frozen'], c['bytes'] is data['bytes'], c['bytes'])
print(sorted(c['list'][1]['deep'][1][1]['deeper']))
