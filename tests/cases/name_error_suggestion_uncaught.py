# name: uncaught NameError with a "Did you mean" suggestion for a misspelled local
def compute(values):
    result_total = 0
    for v in values:
        result_total += v
    return reslt_total

print(compute([1, 2]))
