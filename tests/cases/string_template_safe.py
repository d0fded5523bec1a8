from string import Template

t = Template("$who likes $what and ${thing}")
print(t.safe_substitute(who="tim"))
print(t.safe_substitute())
print(t.safe_substitute({"what": "x"}, thing="y"))
print(Template("$ alone and $1 and ${bad").safe_substitute())
print(Template("$$a $a").safe_substitute(a="A"))
print(Template("100% $pct").safe_substitute(pct=5))
print(Template("${x}${y}").safe_substitute(x=""))
print(Template("").safe_substitute(a=1))
print(Template("é$é $e").safe_substitute(e="E"))

class M(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print(Template("$a $b").safe_substitute(M(a=1)))
print(Template("$a $b").substitute(M(a=1)))
try:
    Template("$a").safe_substitute({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Template("$a").substitute(1)
except Exception as e:
    print(type(e).__name__, e)
