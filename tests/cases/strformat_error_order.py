# str.format renders fields left to right: an earlier field's error wins over a later parse error
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("'{1}{'.format('a')", lambda: '{1}{'.format('a'))
show("'{0}{'.format('a')", lambda: '{0}{'.format('a'))
show("'{x}}'.format(y=1)", lambda: '{x}}'.format(y=1))
show("'{0.nope}{1'.format('a')", lambda: '{0.nope}{1'.format('a'))
show("'{:d}{'.format('a')", lambda: '{:d}{'.format('a'))
show("'{0!x}{0!'.format(1)", lambda: '{0!x}{0!'.format(1))
show("'{}{0}'.format(1, 2)", lambda: '{}{0}'.format(1, 2))
show("'{0}{}'.format(1, 2)", lambda: '{0}{}'.format(1, 2))
show("'{:{}}{0}'.format(1, 2)", lambda: '{:{}}{0}'.format(1, 2))
show("'{a}{b}'.format(a=1)", lambda: '{a}{b}'.format(a=1))
show("'{b}{a}'.format(a=1)", lambda: '{b}{a}'.format(a=1))
show("'ok {} then }'.format(1)", lambda: 'ok {} then }'.format(1))
