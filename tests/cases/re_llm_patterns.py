import re

text = """Contact: John Smith <john.smith@example.com>, phone (555) 123-4567.
Alt: jane_doe99@mail.example.org / +1-555-987-6543
Visit https://www.example.com/path?q=1&r=2 or http://test.org.
Dates: 2024-01-15, 15/01/2024, Jan 15, 2024. Price: $1,299.99 and $5."""

print(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text))
print(re.findall(r"\(?\d{3}\)?[-\s]?\d{3}-\d{4}", text))
print(re.findall(r"https?://[^\s,]+?(?=[.,]?(?:\s|$))", text))
print(re.findall(r"\d{4}-\d{2}-\d{2}", text))
print([tuple(map(int, m)) for m in re.findall(r"(\d{2})/(\d{2})/(\d{4})", text)])
print(re.findall(r"\$[\d,]+(?:\.\d{2})?", text))
log = """2024-01-15 10:23:45 ERROR [db] Connection failed (code=1234)
2024-01-15 10:24:01 INFO [web] Request served in 35ms
2024-01-15 10:25:13 WARNING [db] Slow query: 2300ms"""
pat = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m.group("mod"), m.group("msg")[:20])
print([int(x) for x in re.findall(r"(\d+)ms", log)])
print(re.sub(r"(?<=code=)\d+", "XXXX", log.splitlines()[0]))
snake = re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseStringHTTP").lower()
print(snake)
print(re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_name"))
print(re.sub(r"[^a-z0-9]+", "-", "Hello, World! It's 2024".lower()).strip("-"))
print(re.findall(r"#(\w+)", "I love #python and #regex!"))
print(re.split(r"\s*[,;|]\s*", "a , b;c|  d"))
print(re.match(r"^\s*$", "   ") is not None, re.match(r"^\s*$", " x ") is not None)
print(re.findall(r"[A-Z][a-z]+", "Alice met Bob in Paris"))
print(re.sub(r"\s{2,}", " ", "too    many     spaces"))
code = 'x = call("arg1", \'arg2\', 3)'
print(re.findall(r"([\"'])(.*?)\1", code))
print(re.search(r"```(?:python)?\n(.*?)```", "text\n```python\nprint(1)\n```\nmore", re.S).group(1))
print(re.findall(r"-?\d+(?:\.\d+)?", "t=-3.5, x=42, y=.5, z=7."))
kv = dict(re.findall(r"(\w+)\s*=\s*(\"[^\"]*\"|\S+)", 'a=1 b = "two words" c=x'))
print(kv)
print(bool(re.fullmatch(r"(?:\d{1,3}\.){3}\d{1,3}", "192.168.1.1")), bool(re.fullmatch(r"[A-Za-z_]\w*", "9var")))
