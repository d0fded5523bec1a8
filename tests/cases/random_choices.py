import random
random.seed(31337)
print(random.choices("abc", k=20))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=20))
print(random.choices([1, 2, 3], [0.1, 0.7, 0.2], k=20))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=20))
print(random.choices(range(5)), random.choices("ab", k=0))
print(random.choices(["win", "lose"], weights=[1, 999], k=10))
picks = random.choices("ab", weights=[3, 1], k=4000)
print(picks.count("a"), picks.count("b"))
for args, kw in [(([1, 2], [1]), {}), (([1, 2], [0, 0]), {}), (([1, 2],), {"weights": [1, 2], "cum_weights": [1, 3]}),
                 (([1, 2], 3), {}), (([],), {"k": 2}), (([1, 2], [1, float("inf")]), {}), ((5,), {}),
                 (([1, 2],), {"k": 2.5}), (([1, 2], [-1, -2]), {})]:
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
