from string import Formatter

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

print(Upper().format("{} and {:>6}", "abc", "xy"))

class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?" + key)
        return super().get_value(key, args, kwargs)

print(Default().format("{a} {b} {0}", 1, a="A"))

class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - set(k for k in used if isinstance(k, str))
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))

print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print(type(e).__name__, e)

class Conv(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

print(Conv().format("{0!u} {0!r}", "hi"))
try:
    Formatter().format("{0!u}", "hi")
except ValueError as e:
    print(type(e).__name__, e)
