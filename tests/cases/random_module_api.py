import random
names = ["betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
         "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
         "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate", "Random"]
print(all(hasattr(random, n) for n in names), callable(random.random))
print(random.random.__name__, random.Random.random.__name__, random.Random.VERSION)
try:
    random.nonexistent
except AttributeError as e:
    print(e)
random.seed(8)
f = random.random
print(f(), random.random(), random.Random(8).random())
from random import randint, choice, seed
seed(3)
print(randint(1, 10), choice("xyz"), random.randint(1, 10))
for call in [lambda: random.random(1), lambda: random.getrandbits(), lambda: random.seed(1, 2, 3),
             lambda: random.shuffle(), lambda: random.uniform(a=1, c=2), lambda: random.choice(seq=[1], x=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(random.BPF, random.LOG4, random.NV_MAGICCONST, random.RECIP_BPF, random.SG_MAGICCONST, random.TWOPI)
