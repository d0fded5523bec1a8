# class: subclassing built-in exceptions (KeyError, ValueError) keeps their str behaviour
class MissingKey(KeyError):
    pass
class BadValue(ValueError):
    def __init__(self, value):
        super().__init__(f"bad value: {value!r}")
        self.value = value
try:
    raise MissingKey("the key")
except LookupError as e:
    print(type(e).__name__, str(e), repr(e), isinstance(e, KeyError))
try:
    raise BadValue([1])
except ValueError as e:
    print(type(e).__name__, str(e), repr(e), e.value)
class Silent(Exception):
    def __str__(self):
        return ""
print(repr(str(Silent("ignored"))), repr(Silent("ignored")))
