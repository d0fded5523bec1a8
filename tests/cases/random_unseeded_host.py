# Unseeded use draws a seed from the host; results vary, so only check properties.
import random
x = random.random()
print(0.0 <= x < 1.0, type(x).__name__)
r = random.Random()
print(1 <= r.randint(1, 6) <= 6)
vals = [random.randrange(100) for _ in range(50)]
print(all(0 <= v < 100 for v in vals), len(random.randbytes(16)))
random.seed()
print(len(random.sample(range(10), 4)), len(set(random.sample(range(10), 4))))
