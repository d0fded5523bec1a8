from fractions import Fraction as F
import math

try:
    print('F("1.")', '->', repr(F("1.")))
except Exception as e:
    print('F("1.")', '->', type(e).__name__, e)
try:
    print('F(".5")', '->', repr(F(".5")))
except Exception as e:
    print('F(".5")', '->', type(e).__name__, e)
try:
    print('F("1_000/3")', '->', repr(F("1_000/3")))
except Exception as e:
    print('F("1_000/3")', '->', type(e).__name__, e)
try:
    print('F("1__0")', '->', repr(F("1__0")))
except Exception as e:
    print('F("1__0")', '->', type(e).__name__, e)
try:
    print('F(" 3 / 4")', '->', repr(F(" 3 / 4")))
except Exception as e:
    print('F(" 3 / 4")', '->', type(e).__name__, e)
try:
    print('F("1e")', '->', repr(F("1e")))
except Exception as e:
    print('F("1e")', '->', type(e).__name__, e)
try:
    print('F("-1.5e-3")', '->', repr(F("-1.5e-3")))
except Exception as e:
    print('F("-1.5e-3")', '->', type(e).__name__, e)
try:
    print('F("+.5E2")', '->', repr(F("+.5E2")))
except Exception as e:
    print('F("+.5E2")', '->', type(e).__name__, e)
try:
    print('F("nan")', '->', repr(F("nan")))
except Exception as e:
    print('F("nan")', '->', type(e).__name__, e)
try:
    print('F("1.5/2")', '->', repr(F("1.5/2")))
except Exception as e:
    print('F("1.5/2")', '->', type(e).__name__, e)
try:
    print('F(1.5, 2)', '->', repr(F(1.5, 2)))
except Exception as e:
    print('F(1.5, 2)', '->', type(e).__name__, e)
try:
    print('F("3", 4)', '->', repr(F("3", 4)))
except Exception as e:
    print('F("3", 4)', '->', type(e).__name__, e)
try:
    print('F([])', '->', repr(F([])))
except Exception as e:
    print('F([])', '->', type(e).__name__, e)
try:
    print('F(float("nan"))', '->', repr(F(float("nan"))))
except Exception as e:
    print('F(float("nan"))', '->', type(e).__name__, e)
try:
    print('F(float("inf"))', '->', repr(F(float("inf"))))
except Exception as e:
    print('F(float("inf"))', '->', type(e).__name__, e)
try:
    print('F(2.5)', '->', repr(F(2.5)))
except Exception as e:
    print('F(2.5)', '->', type(e).__name__, e)
try:
    print('F(1,2,3)', '->', repr(F(1,2,3)))
except Exception as e:
    print('F(1,2,3)', '->', type(e).__name__, e)
try:
    print('F(numerator=3, denominator=6)', '->', repr(F(numerator=3, denominator=6)))
except Exception as e:
    print('F(numerator=3, denominator=6)', '->', type(e).__name__, e)
try:
    print('F(3, 6, _normalize=False)', '->', repr(F(3, 6, _normalize=False)))
except Exception as e:
    print('F(3, 6, _normalize=False)', '->', type(e).__name__, e)
try:
    print('F("1e-3")', '->', repr(F("1e-3")))
except Exception as e:
    print('F("1e-3")', '->', type(e).__name__, e)
try:
    print('F(7,6).limit_denominator(0)', '->', repr(F(7,6).limit_denominator(0)))
except Exception as e:
    print('F(7,6).limit_denominator(0)', '->', type(e).__name__, e)
try:
    print('F("0.000001")', '->', repr(F("0.000001")))
except Exception as e:
    print('F("0.000001")', '->', type(e).__name__, e)
try:
    print('F("-0")', '->', repr(F("-0")))
except Exception as e:
    print('F("-0")', '->', type(e).__name__, e)
try:
    print('F("007/010")', '->', repr(F("007/010")))
except Exception as e:
    print('F("007/010")', '->', type(e).__name__, e)
try:
    print('F("1/2 ")', '->', repr(F("1/2 ")))
except Exception as e:
    print('F("1/2 ")', '->', type(e).__name__, e)
try:
    print('F("\\t5\\n")', '->', repr(F("\t5\n")))
except Exception as e:
    print('F("\\t5\\n")', '->', type(e).__name__, e)
try:
    print('F("")', '->', repr(F("")))
except Exception as e:
    print('F("")', '->', type(e).__name__, e)
try:
    print('F("/2")', '->', repr(F("/2")))
except Exception as e:
    print('F("/2")', '->', type(e).__name__, e)
try:
    print('F("2/")', '->', repr(F("2/")))
except Exception as e:
    print('F("2/")', '->', type(e).__name__, e)
try:
    print('F("--1")', '->', repr(F("--1")))
except Exception as e:
    print('F("--1")', '->', type(e).__name__, e)
try:
    print('F("1.2.3")', '->', repr(F("1.2.3")))
except Exception as e:
    print('F("1.2.3")', '->', type(e).__name__, e)
try:
    print('F("1e1.5")', '->', repr(F("1e1.5")))
except Exception as e:
    print('F("1e1.5")', '->', type(e).__name__, e)
try:
    print('F("3/-4")', '->', repr(F("3/-4")))
except Exception as e:
    print('F("3/-4")', '->', type(e).__name__, e)
try:
    print('F("1_/2")', '->', repr(F("1_/2")))
except Exception as e:
    print('F("1_/2")', '->', type(e).__name__, e)
try:
    print('F("_1")', '->', repr(F("_1")))
except Exception as e:
    print('F("_1")', '->', type(e).__name__, e)
try:
    print('F("1e+2")', '->', repr(F("1e+2")))
except Exception as e:
    print('F("1e+2")', '->', type(e).__name__, e)
try:
    print('F(".e1")', '->', repr(F(".e1")))
except Exception as e:
    print('F(".e1")', '->', type(e).__name__, e)
