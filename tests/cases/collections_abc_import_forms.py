import collections
import collections.abc
from collections import abc
from collections.abc import Mapping as M

print(collections.abc.Mapping is abc.Mapping is M)
print(collections.abc.__name__, abc.__name__)
print(sorted(n for n in dir(abc) if not n.startswith('_'))[:6])
print(isinstance({}, collections.abc.MutableMapping), issubclass(collections.OrderedDict, abc.Mapping))
print(hasattr(abc, 'Buffer'), hasattr(collections, 'UserDict') or True)
import collections.abc as cabc
print(cabc is collections.abc, cabc.Callable)
