from string import Template

class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"

print(Template("$c").substitute(c=C()))
print(Template("$a $b $c $d").substitute(a=None, b=True, c=1.0, d=[1]))
print(Template("$a").substitute({"a": {"k": 1}}))
try:
    Template("$a").substitute([("a", 1)])
except Exception as e:
    print(type(e).__name__, e)
try:
    Template("$a").substitute({1: 2})
except KeyError as e:
    print(type(e).__name__, e)
print(Template("${a}").substitute(**{"a": "kw"}))
print(Template("$self").substitute(self="s"))
print(Template("$mapping").substitute(mapping="m"))
print(Template("$mapping").substitute({"mapping": "from dict"}))
t = Template("$x")
print(t == Template("$x"), t.template == Template("$x").template)
print(str(Template("$x").template))
