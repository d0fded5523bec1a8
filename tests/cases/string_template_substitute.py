from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification").substitute(noun="person"))
print(Template("$$ costs $$$amount").substitute(amount=5))
print(Template("$a$b").substitute(a=1, b=[2]))
print(Template("no placeholders").substitute())
print(Template("$x and $x").substitute(x=3.5))
print(Template("$_under $a1").substitute(_under="u", a1="one"))
print(repr(t.template))
print(Template("tail $").safe_substitute())
print(Template("$a.b").substitute(a="A"))
print(Template("${a}b").substitute({"a": None}))
d = {"who": "x"}
try:
    print(t.substitute(d))
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(Template("tail $").substitute())
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(Template("ab\ncd $1").substitute())
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(Template("${a b}").substitute())
except ValueError as e:
    print(type(e).__name__, e)
