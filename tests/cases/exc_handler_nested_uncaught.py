# exc: uncaught exception raised inside an except block of a method, shows the "During handling" chain
class Parser:
    def __init__(self, text):
        self.text = text

    def number(self):
        try:
            return int(self.text)
        except ValueError:
            return float(self.text)

print(Parser("12").number(), Parser("1.5").number())
print(Parser("abc").number())
