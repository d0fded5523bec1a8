import textwrap

s = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
print(textwrap.fill(s, 30))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(repr(textwrap.fill("", 10)))
print(textwrap.fill(s, width=15, max_lines=3))
print(textwrap.fill(s, width=15, max_lines=2, placeholder=" ..."))
print(textwrap.fill("Hello there.  How are you? Fine.", 100, fix_sentence_endings=True))
print(textwrap.fill("Mr. Smith went. Then Dr. Who.", 100, fix_sentence_endings=True))
print(textwrap.fill("x\ny\nz", 10))
print(textwrap.fill("x\ny\nz", 10, replace_whitespace=False))
print(textwrap.fill("a " * 10, 7, initial_indent="> "))
print(textwrap.fill(s, 40).count("\n"))
