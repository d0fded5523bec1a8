# str.format: automatic and manual field numbering, mixing errors, nested fields share the counter
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("'{} {}'.format('a', 'b')", lambda: '{} {}'.format('a', 'b'))
show("'{0} {1} {0}'.format('a', 'b')", lambda: '{0} {1} {0}'.format('a', 'b'))
show("'{1}{0}'.format('a', 'b')", lambda: '{1}{0}'.format('a', 'b'))
show("'{} {1}'.format('a', 'b')", lambda: '{} {1}'.format('a', 'b'))
show("'{0} {}'.format('a', 'b')", lambda: '{0} {}'.format('a', 'b'))
show("'{:{}}'.format('a', 3)", lambda: '{:{}}'.format('a', 3))
show("'{:{}}|{}'.format('a', 3, 'b')", lambda: '{:{}}|{}'.format('a', 3, 'b'))
show("'{0:{1}}'.format('a', 3)", lambda: '{0:{1}}'.format('a', 3))
show("'{0:{}}'.format('a', 3)", lambda: '{0:{}}'.format('a', 3))
show("'{:{0}}'.format('a', 3)", lambda: '{:{0}}'.format('a', 3))
show("'{x}{}'.format('a', x='X')", lambda: '{x}{}'.format('a', x='X'))
show("'{}{x}{}'.format('a', 'b', x='X')", lambda: '{}{x}{}'.format('a', 'b', x='X'))
show("'{0}{x}{1}'.format('a', 'b', x='X')", lambda: '{0}{x}{1}'.format('a', 'b', x='X'))
show("'{}'.format()", lambda: '{}'.format())
show("'{1}'.format('a')", lambda: '{1}'.format('a'))
show("'{}{}{}'.format('a', 'b')", lambda: '{}{}{}'.format('a', 'b'))
show("'{00}'.format('a')", lambda: '{00}'.format('a'))
show("'{01}'.format('a', 'b')", lambda: '{01}'.format('a', 'b'))
show("'{0x1}'.format('a')", lambda: '{0x1}'.format('a'))
show("'{-1}'.format('a')", lambda: '{-1}'.format('a'))
show("'{ 0}'.format('a')", lambda: '{ 0}'.format('a'))
show("'{0 }'.format('a')", lambda: '{0 }'.format('a'))
show("'{1.5}'.format('a')", lambda: '{1.5}'.format('a'))
show("'{é}'.format(é=4)", lambda: '{é}'.format(é=4))
show("'{}'.format(*'xyz')", lambda: '{}'.format(*'xyz'))
show("'{2}{1}{0}'.format(*'xyz')", lambda: '{2}{1}{0}'.format(*'xyz'))
show("'{a}{b}'.format(**{'a': 1, 'b': 2})", lambda: '{a}{b}'.format(**{'a': 1, 'b': 2}))
show("'{a}'.format(b=1)", lambda: '{a}'.format(b=1))
show("'{a}'.format(1)", lambda: '{a}'.format(1))
