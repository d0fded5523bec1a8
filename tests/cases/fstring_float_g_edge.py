# fstring: general format g/G/n switching between fixed and exponent notation and trailing zeros
for v in [0.0001, 0.00001, 123456.0, 1234567.0, 1e16, 100.0, 1.5, 0.0, -0.0, 1e-300, 2.5e-5]:
    print(f"{v:g} | {v:.3g} | {v:#.3g} | {v:G} | {v:.10g} | {v} | {v:.2e}")
