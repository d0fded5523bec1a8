from string import Template

print(Template("$a ${b} $a $$c").get_identifiers())
print(Template("").get_identifiers())
print(Template("$a $").is_valid())
print(Template("$a ${b}").is_valid())
print(Template("$1").is_valid())
print(Template("${a").is_valid())
print(Template("$$").is_valid())
print(Template.delimiter)
print(Template.idpattern)
print(Template.braceidpattern)
t = Template("x")
print(t.template)
t2 = Template(template="$y")
print(t2.substitute(y=1))
try:
    Template()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Template(5).substitute()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(t, Template), type(t).__name__)
print(Template("$ab_c9 ${Z}").get_identifiers())
