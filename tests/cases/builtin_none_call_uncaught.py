# builtin: uncaught "'NoneType' object is not callable" from calling the result of a function returning None
def get_handler(name):
    handlers = {"greet": lambda: "hello"}
    return handlers.get(name)

print(get_handler("greet")())
print(get_handler("missing")())
