import operator

names = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
         'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
         'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
         'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
         'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem',
         'sub', 'truediv', 'truth', 'xor']
print([n for n in names if not hasattr(operator, n)])
print(operator.add, operator.itemgetter, operator.neg.__name__)
dunders = ['__add__', '__sub__', '__mul__', '__getitem__', '__not__', '__inv__', '__index__', '__concat__']
print([d for d in dunders if getattr(operator, d) is not getattr(operator, d.strip('_') if d not in ('__not__',) else 'not_', None)])
print(operator.__neg__(4), operator.__truediv__(1, 4), operator.__and__(3, 1))
