# The 'c' presentation type for ints: range, errors, padding
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("format(65, 'c')", lambda: format(65, 'c'))
show("format(0x1F600, 'c')", lambda: format(0x1F600, 'c'))
show("format(0, 'c')", lambda: format(0, 'c'))
show("format(0x10FFFF, 'c') == chr(0x10FFFF)", lambda: format(0x10FFFF, 'c') == chr(0x10FFFF))
show("format(65, '5c')", lambda: format(65, '5c'))
show("format(65, '<5c')", lambda: format(65, '<5c'))
show("format(65, '^5c')", lambda: format(65, '^5c'))
show("format(65, '*=5c')", lambda: format(65, '*=5c'))
show("format(65, '05c')", lambda: format(65, '05c'))
show("format(True, 'c')", lambda: format(True, 'c'))
show("format(-1, 'c')", lambda: format(-1, 'c'))
show("format(0x110000, 'c')", lambda: format(0x110000, 'c'))
show("format(10**30, 'c')", lambda: format(10**30, 'c'))
show("format(-10**30, 'c')", lambda: format(-10**30, 'c'))
show("format(65, '+c')", lambda: format(65, '+c'))
show("format(65, ' c')", lambda: format(65, ' c'))
show("format(65, '#c')", lambda: format(65, '#c'))
show("format(65, ',c')", lambda: format(65, ',c'))
show("format(65, '_c')", lambda: format(65, '_c'))
show("format(65, '.1c')", lambda: format(65, '.1c'))
show("format(65, 'zc')", lambda: format(65, 'zc'))
show("format(1.5, 'c')", lambda: format(1.5, 'c'))
show("format('A', 'c')", lambda: format('A', 'c'))
show("'{:c}{:c}'.format(104, 105)", lambda: '{:c}{:c}'.format(104, 105))
