from urllib.parse import urldefrag

for u in ["http://a/b#frag", "http://a/b", "http://a/b#", "#only", "", "http://a/b?q=1#f#g"]:
    r = urldefrag(u)
    print(repr(u), r, r.url, r.fragment, r.geturl())
url, frag = urldefrag("https://x/y#z")
print(url, frag)
print(type(urldefrag("a#b")).__name__)
