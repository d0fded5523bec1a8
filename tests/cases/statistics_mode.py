import statistics
from fractions import Fraction as F

try:
    print('statistics.mode([1, 1, 2, 3, 3, 3, 3, 4])', '->', repr(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4])))
except Exception as e:
    print('statistics.mode([1, 1, 2, 3, 3, 3, 3, 4])', '->', type(e).__name__, e)
try:
    print('statistics.mode(["red", "blue", "blue", "red"])', '->', repr(statistics.mode(["red", "blue", "blue", "red"])))
except Exception as e:
    print('statistics.mode(["red", "blue", "blue", "red"])', '->', type(e).__name__, e)
try:
    print('statistics.mode([1, 2, 3])', '->', repr(statistics.mode([1, 2, 3])))
except Exception as e:
    print('statistics.mode([1, 2, 3])', '->', type(e).__name__, e)
try:
    print('statistics.mode([])', '->', repr(statistics.mode([])))
except Exception as e:
    print('statistics.mode([])', '->', type(e).__name__, e)
try:
    print('statistics.mode("aabbbc")', '->', repr(statistics.mode("aabbbc")))
except Exception as e:
    print('statistics.mode("aabbbc")', '->', type(e).__name__, e)
try:
    print('statistics.mode([[1], [1]])', '->', repr(statistics.mode([[1], [1]])))
except Exception as e:
    print('statistics.mode([[1], [1]])', '->', type(e).__name__, e)
try:
    print('statistics.multimode("aabbbbccddddeeffffgg")', '->', repr(statistics.multimode("aabbbbccddddeeffffgg")))
except Exception as e:
    print('statistics.multimode("aabbbbccddddeeffffgg")', '->', type(e).__name__, e)
try:
    print('statistics.multimode([])', '->', repr(statistics.multimode([])))
except Exception as e:
    print('statistics.multimode([])', '->', type(e).__name__, e)
try:
    print('statistics.multimode([1, 1.0, True])', '->', repr(statistics.multimode([1, 1.0, True])))
except Exception as e:
    print('statistics.multimode([1, 1.0, True])', '->', type(e).__name__, e)
try:
    print('statistics.mode([1.5, 2.5, 1.5, 2.5])', '->', repr(statistics.mode([1.5, 2.5, 1.5, 2.5])))
except Exception as e:
    print('statistics.mode([1.5, 2.5, 1.5, 2.5])', '->', type(e).__name__, e)
try:
    print('statistics.mode([None, None, 1])', '->', repr(statistics.mode([None, None, 1])))
except Exception as e:
    print('statistics.mode([None, None, 1])', '->', type(e).__name__, e)
try:
    print('statistics.mode([(1, 2), (1, 2), (3,)])', '->', repr(statistics.mode([(1, 2), (1, 2), (3,)])))
except Exception as e:
    print('statistics.mode([(1, 2), (1, 2), (3,)])', '->', type(e).__name__, e)
try:
    print('statistics.multimode([3, 1, 3, 1, 2])', '->', repr(statistics.multimode([3, 1, 3, 1, 2])))
except Exception as e:
    print('statistics.multimode([3, 1, 3, 1, 2])', '->', type(e).__name__, e)
try:
    print('statistics.mode(iter([5, 5, 6]))', '->', repr(statistics.mode(iter([5, 5, 6]))))
except Exception as e:
    print('statistics.mode(iter([5, 5, 6]))', '->', type(e).__name__, e)
try:
    print('statistics.mode(x % 3 for x in range(10))', '->', repr(statistics.mode(x % 3 for x in range(10))))
except Exception as e:
    print('statistics.mode(x % 3 for x in range(10))', '->', type(e).__name__, e)
try:
    print('statistics.multimode("")', '->', repr(statistics.multimode("")))
except Exception as e:
    print('statistics.multimode("")', '->', type(e).__name__, e)
