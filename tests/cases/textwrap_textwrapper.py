import textwrap

w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
text = "This is a list item that is long enough to wrap around."
print(w.wrap(text))
print(w.fill(text))
w.width = 30
print(w.fill(text))
w.initial_indent = ""
print(w.wrap(text))
print(w.width, w.expand_tabs, w.replace_whitespace, w.drop_whitespace, w.break_long_words)
print(w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder), w.fix_sentence_endings)
w2 = textwrap.TextWrapper()
print(w2.width, repr(w2.initial_indent), repr(w2.subsequent_indent))
w3 = textwrap.TextWrapper(12, max_lines=2)
print(w3.wrap("one two three four five six seven"))

class Bullet(textwrap.TextWrapper):
    def bullet(self, s):
        return "\n".join("* " + l for l in self.wrap(s))

print(Bullet(width=10).bullet("alpha beta gamma delta"))
print(isinstance(Bullet(), textwrap.TextWrapper))
