# assert: passing asserts, failing with and without message, message evaluation laziness
def msg():
    print("message evaluated")
    return "lazy message"
assert True, msg()
assert 1 == 1
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args, str(e) == "")
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e, e.args)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
