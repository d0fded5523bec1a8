# re.match anchors at the start; re.search scans. A common LLM mistake is using match.
import re

text = "Order #12345 shipped on 2024-03-15"
print(re.match(r"\d+", text))
print(re.search(r"\d+", text))
m = re.search(r"#(\d+)", text)
print(m.group(), m.group(0), m.group(1), m.groups(), m.span(), m.span(1), m.start(), m.end(1))
print(re.match(r"Order", text))
print(re.match(r"order", text))
print(re.fullmatch(r"\d+", "12345"), re.fullmatch(r"\d+", "12345x"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.search(r"(\d{4})-(\d{2})-(\d{2})", text).groups())
# match returns None: calling .group() on it fails
m = re.match(r"\d+", text)
try:
    m.group()
except AttributeError as e:
    print(type(e).__name__, e)
if (m := re.search(r"shipped on (\S+)", text)) is not None:
    print("date:", m.group(1))
print(bool(re.search("x", "abc")), bool(re.search("b", "abc")))
print(re.search("", "abc"), re.match("", ""))
print(re.search(r"\bon\b", "upon on"))
print(re.search("c", "abc", re.I), re.match("A", "abc", flags=re.IGNORECASE))
