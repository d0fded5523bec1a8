# class: __getattribute__ is not overridden; __getattr__ called only after normal lookup fails, including for properties raising AttributeError
class Lazy:
    def __init__(self):
        self.present = "here"
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return f"<fallback for {name}>"
l = Lazy()
print(l.present, l.missing, l.broken)
l.missing = "now set"
print(l.missing, getattr(l, "other"), hasattr(l, "anything"))
