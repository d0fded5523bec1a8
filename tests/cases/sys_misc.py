import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern("hello")
print(s, s is sys.intern("hello"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(type(e).__name__, e)
print(type(sys.path).__name__)
print(callable(sys.exit), callable(sys.getsizeof))
