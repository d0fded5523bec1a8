import textwrap

url = "https://example.com/a/very/long/path/that/does/not/fit/anywhere"
print(textwrap.wrap(url, 20))
print(textwrap.wrap(url, 20, break_long_words=False))
print(textwrap.wrap("see " + url + " now", 20))
print(textwrap.wrap("see " + url + " now", 20, break_long_words=False))
print(textwrap.wrap("abcdef", 1))
print(textwrap.wrap("abcdef", 2, initial_indent=">"))
print(textwrap.wrap("ab-cdefgh-ijklmnop", 5))
print(textwrap.fill("x" * 12, 5, subsequent_indent="  "))
print(textwrap.wrap("中文字符很长的一句话", 4))
