# if: elif chains, truthiness of many values, nested conditionals and conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, "", "0", [], [0], {}, None, 0.0, -1, (), ((),), range(0)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "big" if x > 5 else "mid" if x > 2 else "small")
if x > 5:
    if x > 6:
        print("> 6")
    else:
        print("6")
