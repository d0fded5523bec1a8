from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'root'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm['color'], cm['user'], cm['size'], len(cm), sorted(cm), cm.get('nope', '-'))
print(cm)
print('user' in cm, 'xx' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({})))
cm['color'] = 'blue'
print(args, defaults['color'])
child = cm.new_child({'size': 10})
print(child['size'], child.parents['size'], child.maps[0], len(child.maps))
print(cm.new_child().maps[0], cm.new_child(x=1).maps[0])
del cm['color']
print(args)
try:
    del cm['user']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(cm.pop('size'), cm.pop('size', 'gone'), args)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})), list(ChainMap({'a': 1}, {'b': 2}).items()))
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}))
m = ChainMap({'a': 1})
m |= {'c': 3}
print(m, m.copy(), ChainMap.fromkeys(['p', 'q'], 0))
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == ChainMap({'a': 1}))
print(ChainMap(), ChainMap().maps)
