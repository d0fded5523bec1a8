from urllib.parse import urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, unquote_plus

params = {"q": "rust & python", "page": "2", "tags": ["a b", "c/d", "é"]}
qs = urlencode(params, doseq=True)
print(qs)
print(parse_qs(qs))
print(parse_qsl(qs))
for s in ["a b+c", "/path/é?x=1", "%41", "\u20ac \t\n"]:
    print(repr(s), unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s, quote(s, safe=""))
print(dict(parse_qsl("a=1&b=2")))
