import urllib.parse
print(urllib.parse.quote("a b"))
import urllib
print(urllib.parse.unquote("a%20b"))
from urllib import parse
print(parse.urlencode({"a": 1}))
from urllib.parse import urlparse as up
print(up("http://x").netloc)
print(urllib.parse.__name__, parse is urllib.parse)
