import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan), math.isinf(math.inf))
for x in [0.5, 1, 2, 3.7, 10, 100, 1e-10, 12345.678]:
    print(x, math.sqrt(x), math.exp(x / 10), math.log(x), math.sin(x), math.cos(x), math.tan(x))
    print(' ', math.atan(x), math.sinh(x / 10), math.cosh(x / 10), math.tanh(x), math.asinh(x), math.acosh(x + 1))
    print(' ', math.exp2(x / 3), math.expm1(x / 100), math.log1p(x), math.cbrt(x), math.log2(x), math.log10(x))
for x in [-1, -0.5, 0, 0.25, 0.999, 1]:
    print(x, math.asin(x), math.acos(x), math.atan(x), math.fabs(x))
for x in [-0.99, -0.3, 0.0, 0.3, 0.75]:
    print(x, math.atanh(x))
print(math.degrees(1), math.degrees(math.pi / 3), math.radians(90), math.radians(-45.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(3, 0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(1, float('nan')))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(1, float('inf')))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7.5, 2), math.remainder(10, 3), math.remainder(1e300, 3.5))
print(math.sqrt(-0.0), math.cbrt(-27), math.cbrt(1e300), math.cbrt(-1e-300), math.cbrt(8))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**300))
print(math.isinf(-math.inf), math.isnan(0.0), math.isnan(float('nan')), math.isinf(5))
print(math.exp(-1000), math.exp(709), math.expm1(-50), math.log1p(-0.999999))
print(math.sqrt(True), math.exp(False), math.log(True))
