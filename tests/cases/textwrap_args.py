import textwrap

print(textwrap.wrap("a b c", width=3.0) if False else "skip")
for kw in [{"width": 3.5}, {"width": "10"}, {"tabsize": "4"}, {"max_lines": 0}, {"placeholder": 5}, {"initial_indent": None}]:
    try:
        print(kw, textwrap.wrap("aa bb cc dd", **kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
print(textwrap.wrap("aa bb cc", True))
print(textwrap.wrap("aa bb", width=5, max_lines=None))
print(textwrap.wrap(text="kw only text", width=4))
print(textwrap.fill(text="kw", width=4))
try:
    textwrap.shorten("abc")
except TypeError as e:
    print(type(e).__name__, e)
print(textwrap.shorten("a b c d", 5, placeholder=""))
for w in [7.5, 0.5, -2.0, 1.0, 3.9]:
    for text in ["aa bb cc", "abcdefghij"]:
        try:
            print(w, repr(text), textwrap.wrap(text, w))
        except Exception as e:
            print(w, repr(text), type(e).__name__, e)
print(textwrap.wrap("abcdefghij klm", 4.5, break_long_words=False))
print(textwrap.fill("one two three", width=8.0))
