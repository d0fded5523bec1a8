import statistics
from fractions import Fraction as F

try:
    print('statistics.harmonic_mean([40, 60])', '->', repr(statistics.harmonic_mean([40, 60])))
except Exception as e:
    print('statistics.harmonic_mean([40, 60])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([2.5, 3, 10])', '->', repr(statistics.harmonic_mean([2.5, 3, 10])))
except Exception as e:
    print('statistics.harmonic_mean([2.5, 3, 10])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([40, 60], weights=[5, 30])', '->', repr(statistics.harmonic_mean([40, 60], weights=[5, 30])))
except Exception as e:
    print('statistics.harmonic_mean([40, 60], weights=[5, 30])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([F(1, 2), F(1, 3)])', '->', repr(statistics.harmonic_mean([F(1, 2), F(1, 3)])))
except Exception as e:
    print('statistics.harmonic_mean([F(1, 2), F(1, 3)])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([5])', '->', repr(statistics.harmonic_mean([5])))
except Exception as e:
    print('statistics.harmonic_mean([5])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([-5])', '->', repr(statistics.harmonic_mean([-5])))
except Exception as e:
    print('statistics.harmonic_mean([-5])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean(["a"])', '->', repr(statistics.harmonic_mean(["a"])))
except Exception as e:
    print('statistics.harmonic_mean(["a"])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([])', '->', repr(statistics.harmonic_mean([])))
except Exception as e:
    print('statistics.harmonic_mean([])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, 0, 2])', '->', repr(statistics.harmonic_mean([1, 0, 2])))
except Exception as e:
    print('statistics.harmonic_mean([1, 0, 2])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, -2])', '->', repr(statistics.harmonic_mean([1, -2])))
except Exception as e:
    print('statistics.harmonic_mean([1, -2])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, 2], weights=[1])', '->', repr(statistics.harmonic_mean([1, 2], weights=[1])))
except Exception as e:
    print('statistics.harmonic_mean([1, 2], weights=[1])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, 2], weights=[0, 0])', '->', repr(statistics.harmonic_mean([1, 2], weights=[0, 0])))
except Exception as e:
    print('statistics.harmonic_mean([1, 2], weights=[0, 0])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1.5, 2, F(1, 2)])', '->', repr(statistics.harmonic_mean([1.5, 2, F(1, 2)])))
except Exception as e:
    print('statistics.harmonic_mean([1.5, 2, F(1, 2)])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([F(1, 2)])', '->', repr(statistics.harmonic_mean([F(1, 2)])))
except Exception as e:
    print('statistics.harmonic_mean([F(1, 2)])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, 2, 4], weights=[1, 1, 2])', '->', repr(statistics.harmonic_mean([1, 2, 4], weights=[1, 1, 2])))
except Exception as e:
    print('statistics.harmonic_mean([1, 2, 4], weights=[1, 1, 2])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([1, 2], weights=[-1, 1])', '->', repr(statistics.harmonic_mean([1, 2], weights=[-1, 1])))
except Exception as e:
    print('statistics.harmonic_mean([1, 2], weights=[-1, 1])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([0, 0])', '->', repr(statistics.harmonic_mean([0, 0])))
except Exception as e:
    print('statistics.harmonic_mean([0, 0])', '->', type(e).__name__, e)
try:
    print('statistics.harmonic_mean([float("inf"), 2])', '->', repr(statistics.harmonic_mean([float("inf"), 2])))
except Exception as e:
    print('statistics.harmonic_mean([float("inf"), 2])', '->', type(e).__name__, e)
