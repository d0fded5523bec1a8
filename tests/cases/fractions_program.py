# Exact arithmetic the way LLM-written programs use Fraction.
from fractions import Fraction

def harmonic(n):
    return sum(Fraction(1, k) for k in range(1, n + 1))

print(harmonic(10), float(harmonic(10)), harmonic(30).denominator)

recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction("0.5")}
scaled = {k: v * 3 for k, v in recipe.items()}
for k, v in scaled.items():
    whole, rest = divmod(v, 1)
    print(k, v, whole, rest, f"{float(v):.3f}")

probs = [Fraction(1, 6)] * 6
print(sum(probs), sum(p * (i + 1) for i, p in enumerate(probs)))
balance = Fraction("1000.00")
for rate in ["0.05", "0.04", "0.045"]:
    balance *= 1 + Fraction(rate)
print(balance, round(balance, 2), float(balance))
xs = [Fraction(1, 3), Fraction(2, 7), Fraction(-5, 11), Fraction(9, 13)]
print(sorted(xs), min(xs), max(xs), sum(xs) / len(xs))
print([str(x) for x in xs], [repr(x) for x in xs[:2]])
print(Fraction(1, 3) + 0.5, type(Fraction(1, 3) + 0.5).__name__)
approx = Fraction(3.14159).limit_denominator(1000)
print(approx, approx.numerator, approx.denominator)
