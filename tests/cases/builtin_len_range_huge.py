# builtin: len() of huge ranges works up to sys.maxsize, beyond raises OverflowError; sum of ranges
r = range(2 ** 62)
print(len(r), r[-1], len(range(0, 2 ** 63 - 1, 2)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(1, 10 ** 6 + 1, 1000)), range(2 ** 64)[2 ** 63])
