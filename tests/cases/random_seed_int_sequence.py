import random
for seed in [0, 1, 42, 2**32 - 1, 2**32, 2**63, -7, 10**40, -(2**200)]:
    random.seed(seed)
    print(seed, [random.random() for _ in range(20)])
