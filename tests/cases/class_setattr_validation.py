# class: __setattr__ validating types and __delattr__ intercepting deletion
class Typed:
    fields = {"name": str, "age": int}
    def __setattr__(self, key, value):
        if key not in self.fields:
            raise AttributeError(f"unknown field {key!r}")
        if not isinstance(value, self.fields[key]):
            raise TypeError(f"{key} must be {self.fields[key].__name__}, not {type(value).__name__}")
        super().__setattr__(key, value)
    def __delattr__(self, key):
        print("deleting", key)
        super().__delattr__(key)
t = Typed()
t.name = "ann"
t.age = 30
print(vars(t))
for k, v in [("age", "thirty"), ("email", "x@y"), ("name", 5)]:
    try:
        setattr(t, k, v)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
del t.age
print(vars(t))
try:
    del t.age
except AttributeError as e:
    print("AttributeError:", e)
