# exc: uncaught UnboundLocalError when a variable assigned only in try is used after an exception
def load(text):
    try:
        value = int(text)
    except ValueError:
        print("could not parse", repr(text))
    return value * 2

print(load("21"))
print(load("x"))
