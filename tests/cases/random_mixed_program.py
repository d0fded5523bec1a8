# A typical simulation: dice, cards, monte carlo.
import random
import math
random.seed(2023)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {}
for r in rolls:
    hist[r] = hist.get(r, 0) + 1
print(sorted(hist.items()))
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
print(hands)
inside = 0
n = 5000
for _ in range(n):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(4 * inside / n)
walk = [0]
for _ in range(50):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
samples = [random.gauss(10, 2) for _ in range(500)]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
print(mean, math.sqrt(var))
names = ["alice", "bob", "carol", "dave", "eve"]
print(random.sample(names, 3), random.choices(names, weights=[5, 4, 3, 2, 1], k=6))
print(random.choice(names).title(), "".join(random.choice("ACGT") for _ in range(30)))
