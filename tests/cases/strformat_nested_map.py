# Nested replacement fields in specs, and format_map with mappings
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class D(dict):
    def __missing__(self, k): return '<' + k + '>'
show("'{:{w}.{p}f}'.format(3.14159, w=10, p=2)", lambda: '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
show("'{:{}.{}f}'.format(3.14159, 10, 2)", lambda: '{:{}.{}f}'.format(3.14159, 10, 2))
show("'{0:{1}}'.format('x', 5)", lambda: '{0:{1}}'.format('x', 5))
show("'{:*^{}}'.format('x', 7)", lambda: '{:*^{}}'.format('x', 7))
show("'{0:{a}{b}}'.format(1, a='>', b='4')", lambda: '{0:{a}{b}}'.format(1, a='>', b='4'))
show("'{:>{width}}'.format('a', width=3)", lambda: '{:>{width}}'.format('a', width=3))
show("'{0:>{1}}'.format('x', 'y')", lambda: '{0:>{1}}'.format('x', 'y'))
show("'{0:>{1}}'.format('x', 3.5)", lambda: '{0:>{1}}'.format('x', 3.5))
show("'{:{}}'.format(1, 'a{')", lambda: '{:{}}'.format(1, 'a{'))
show("'{:{x}}'.format(1)", lambda: '{:{x}}'.format(1))
show("'{:{}}'.format(1)", lambda: '{:{}}'.format(1))
show("'{:{{}}}'.format(1)", lambda: '{:{{}}}'.format(1))
show("'{a}'.format_map({'a': 1})", lambda: '{a}'.format_map({'a': 1}))
show("'{a} {b}'.format_map(D(a=1))", lambda: '{a} {b}'.format_map(D(a=1)))
show("'{a}'.format_map({})", lambda: '{a}'.format_map({}))
show("'{}'.format_map({})", lambda: '{}'.format_map({}))
show("'{0}'.format_map({'0': 1})", lambda: '{0}'.format_map({'0': 1}))
show("'{a.real}'.format_map({'a': 1})", lambda: '{a.real}'.format_map({'a': 1}))
show("'{a[0]}'.format_map({'a': [9]})", lambda: '{a[0]}'.format_map({'a': [9]}))
show("'{a:{b}}'.format_map({'a': 1, 'b': '>4'})", lambda: '{a:{b}}'.format_map({'a': 1, 'b': '>4'}))
show("'{a:{}}'.format_map({'a': 1})", lambda: '{a:{}}'.format_map({'a': 1}))
show("'{a}'.format_map([])", lambda: '{a}'.format_map([]))
show("'{a}'.format_map(1)", lambda: '{a}'.format_map(1))
show("'plain'.format_map(1)", lambda: 'plain'.format_map(1))
show("'{x}'.format_map(D())", lambda: '{x}'.format_map(D()))
