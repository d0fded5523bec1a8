import random
random.seed(555)
for n in [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**53, 2**64 - 1, 2**64, 2**64 + 1, 10**25]:
    print(n, [random.randrange(n) for _ in range(6)])
print([random.randrange(3) for _ in range(60)])
print(random._randbelow(10), random.Random(1)._randbelow(1000))
