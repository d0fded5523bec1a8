import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\n"
print(re.match(rb"(\w+) (\S+)", data).groups())
print(re.findall(rb"\w+", b"hello world \xff\xfe"))
print(re.sub(rb"(o)", rb"[\1]", b"foo"))
print(re.split(rb"\r\n", data))
print(re.search(b"a", bytearray(b"xa")))
print(re.search(rb"host: (\S+)", data, re.I).group(1))
print(re.compile(rb"\d+").findall(b"a1b22"))
print(re.match(rb"[\x80-\xff]+", b"\xe9\xe8abc"))
print(re.fullmatch(rb"\x00.\x01", b"\x00\n\x01"), re.fullmatch(rb"(?s)\x00.\x01", b"\x00\n\x01"))
print(re.escape(b"1+1"), re.compile(rb"a", re.I))
m = re.search(rb"(?P<k>\w+)=(?P<v>\w+)", b"key=value")
print(m.groupdict(), m.span(), m)
print(re.sub(rb"\w", lambda m: m.group().upper(), b"abc"))
