import textwrap

w = textwrap.TextWrapper(width=60, fix_sentence_endings=True)
print(w.fill("This is one. This is two! Is this three? Yes."))
print(w.fill('He said "hi." Then left.'))
print(w.fill("e.g. this. And U.S.A. there"))
print(w.fill("End.\nNext line."))
print(w.fill("Ok.  Already double."))
print(w.wrap("A. B. C."))
w.fix_sentence_endings = False
print(w.fill("One. Two."))
