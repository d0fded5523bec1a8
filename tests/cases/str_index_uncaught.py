# str.index of a missing substring in a method: uncaught ValueError
class Parser:
    def __init__(self, text):
        self.text = text

    def key(self):
        return self.text[: self.text.index("=")]

print(Parser("a=1").key())
print(Parser("novalue").key())
