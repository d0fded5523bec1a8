# fstring: precision and type codes e E f F g G n % for floats, and s with precision for strings
x = 12345.6789
print(f"{x:.2f} {x:.0f} {x:f} {x:F} {x:.3e} {x:E} {x:g} {x:.3g} {x:G} {x:n} {x:.10g}")
print(f"{0.000012345:g} {0.000012345:.2e} {1e-5:f} {1e20:g} {1e16:.17g} {123456789.0:g} {1.0:g} {100.0:.1g}")
print(f"{0.5:%} {0.5:.0%} {1/3:.2%} {2:%} {-0.125:.1%}")
print(f"{float('inf'):f} {float('-inf'):E} {float('nan'):F} {float('nan'):g} {float('inf'):10.2f}|")
print(f"{'abcdef':.3} {'abcdef':>8.2}| {'abc':.0}|{'xy':.5}|")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
print(f"{42:.2f} {42:e} {42:g} {42:%} {True:.1f}")
