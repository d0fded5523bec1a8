# assert: uncaught AssertionError with a formatted message inside a function
def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive value, got {v!r}"
    return True

print(check_positive([1, 2, 3]))
print(check_positive([4, -2, 5]))
