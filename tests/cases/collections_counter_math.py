from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(+a, -a)
print(+Counter(x=0), -Counter(x=-5, y=5))
x = Counter(a=3, b=1)
x += Counter(b=2, c=-1)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(c=7, b=1)
print(x)
x &= Counter(b=1, c=9)
print(x)
print(Counter(a=1) <= Counter(a=2), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
import operator
for op in [operator.add, operator.sub, operator.and_, operator.or_, operator.lt]:
    try:
        op(Counter(a=1), {"a": 1})
    except TypeError as e:
        print(op.__name__, type(e).__name__, e)
inventory = Counter(apple=5, pear=2)
order = Counter(apple=3, pear=3, kiwi=1)
print(inventory - order, order - inventory, (inventory - order).total())
