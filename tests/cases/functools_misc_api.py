import functools

public = sorted(n for n in ['reduce', 'partial', 'lru_cache', 'cache', 'wraps', 'update_wrapper',
                            'cmp_to_key', 'total_ordering', 'cached_property', 'singledispatch',
                            'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES'] if hasattr(functools, n))
print(public)
print(functools.reduce.__name__, functools.partial.__name__, repr(functools.partial))
f = functools.lru_cache(maxsize=10)(lambda x: x + 1)
print(type(f).__name__, f(1), f.cache_info())
deco = functools.lru_cache(maxsize=5, typed=True)
g = deco(abs)
print(g(-3), g(-3.0), g.cache_info(), g.cache_parameters())
print(functools.cache(len)('abc'))
try:
    functools.lru_cache(maxsize=10, bogus=1)
except TypeError as e:
    print('TypeError', e)
try:
    functools.cache()
except TypeError as e:
    print('TypeError', e)
