# assert: uncaught AssertionError without a message on a multi-operand comparison
def mean(xs):
    return sum(xs) / len(xs)

data = [2, 4, 9]
assert mean(data) == 5
assert 0 <= mean(data) <= 4
print("unreachable")
