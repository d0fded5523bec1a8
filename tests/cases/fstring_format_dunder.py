# fstring: user __format__ is called with the spec; default object __format__ rejects non-empty spec
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:,.1f}", format(m, "short"), "{:short}".format(m))
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", f"{Plain()!s:>8}|")
try:
    f"{Plain():>8}"
except TypeError as e:
    print("TypeError:", e)
