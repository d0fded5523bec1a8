import statistics
from fractions import Fraction as F

try:
    print('statistics.fmean([1, 2, 2.5])', '->', repr(statistics.fmean([1, 2, 2.5])))
except Exception as e:
    print('statistics.fmean([1, 2, 2.5])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([3.5, 4.0, 5.25])', '->', repr(statistics.fmean([3.5, 4.0, 5.25])))
except Exception as e:
    print('statistics.fmean([3.5, 4.0, 5.25])', '->', type(e).__name__, e)
try:
    print('statistics.fmean(x for x in [1, 2, 3])', '->', repr(statistics.fmean(x for x in [1, 2, 3])))
except Exception as e:
    print('statistics.fmean(x for x in [1, 2, 3])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([])', '->', repr(statistics.fmean([])))
except Exception as e:
    print('statistics.fmean([])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])', '->', repr(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])))
except Exception as e:
    print('statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([1, 2], weights=[1])', '->', repr(statistics.fmean([1, 2], weights=[1])))
except Exception as e:
    print('statistics.fmean([1, 2], weights=[1])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([1, 2], weights=[0, 0])', '->', repr(statistics.fmean([1, 2], weights=[0, 0])))
except Exception as e:
    print('statistics.fmean([1, 2], weights=[0, 0])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([54, 24, 36])', '->', repr(statistics.geometric_mean([54, 24, 36])))
except Exception as e:
    print('statistics.geometric_mean([54, 24, 36])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([1.5, 2.5])', '->', repr(statistics.geometric_mean([1.5, 2.5])))
except Exception as e:
    print('statistics.geometric_mean([1.5, 2.5])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([])', '->', repr(statistics.geometric_mean([])))
except Exception as e:
    print('statistics.geometric_mean([])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([1, -1])', '->', repr(statistics.geometric_mean([1, -1])))
except Exception as e:
    print('statistics.geometric_mean([1, -1])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([0, 1])', '->', repr(statistics.geometric_mean([0, 1])))
except Exception as e:
    print('statistics.geometric_mean([0, 1])', '->', type(e).__name__, e)
try:
    print('statistics.fmean([10**400, 1])', '->', repr(statistics.fmean([10**400, 1])))
except Exception as e:
    print('statistics.fmean([10**400, 1])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([2**2000, 2**2000])', '->', repr(statistics.geometric_mean([2**2000, 2**2000])))
except Exception as e:
    print('statistics.geometric_mean([2**2000, 2**2000])', '->', type(e).__name__, e)
try:
    print('statistics.geometric_mean([1e300, 1e300])', '->', repr(statistics.geometric_mean([1e300, 1e300])))
except Exception as e:
    print('statistics.geometric_mean([1e300, 1e300])', '->', type(e).__name__, e)
try:
    print('statistics.fmean(["x"])', '->', repr(statistics.fmean(["x"])))
except Exception as e:
    print('statistics.fmean(["x"])', '->', type(e).__name__, e)
