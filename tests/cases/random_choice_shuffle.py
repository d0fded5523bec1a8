import random
random.seed(99)
print([random.choice("abcdefghij") for _ in range(20)])
print([random.choice([10, 20, 30]) for _ in range(20)])
print([random.choice(range(1000)) for _ in range(20)])
print([random.choice((True, False)) for _ in range(20)])
for n in [0, 1, 2, 5, 20, 52]:
    deck = list(range(n))
    random.shuffle(deck)
    print(n, deck)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
for bad in [[], "", {1: 2}, {1, 2}, 5, None]:
    try:
        print(random.choice(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1, 2), "ab", 5]:
    try:
        random.shuffle(bad)
    except Exception as e:
        print(type(e).__name__, e)
