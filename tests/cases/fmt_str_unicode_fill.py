# Strings: Unicode fill characters, precision counts characters, Unicode digits in widths
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("format('ab', 'é^6')", lambda: format('ab', 'é^6'))
show("format('ab', '€>5')", lambda: format('ab', '€>5'))
show("format('ab', '\\U0001F600<4')", lambda: format('ab', '\U0001F600<4'))
show("format('héllo', '.2')", lambda: format('héllo', '.2'))
show("format('héllo', '>8.3')", lambda: format('héllo', '>8.3'))
show("format('日本語', '^7')", lambda: format('日本語', '^7'))
show("format('日本語', '.1')", lambda: format('日本語', '.1'))
show("format('x', '\\x00<3')", lambda: format('x', '\x00<3'))
show("format('x', '{^5')", lambda: format('x', '{^5'))
show("format('x', '}>3')", lambda: format('x', '}>3'))
show("format('', '*^4')", lambda: format('', '*^4'))
show("format('', '.0')", lambda: format('', '.0'))
show("format('abc', '.0')", lambda: format('abc', '.0'))
show("format(5, '\\u0663')", lambda: format(5, '\u0663'))
show("format(5, '\\u0661\\u0660')", lambda: format(5, '\u0661\u0660'))
show("format(1.5, '.\\u0663f')", lambda: format(1.5, '.\u0663f'))
show("format('x', '\\uff15')", lambda: format('x', '\uff15'))
show("format(5, '\\u0663d')", lambda: format(5, '\u0663d'))
show("'{\\u0661}'.format('a', 'b')", lambda: '{\u0661}'.format('a', 'b'))
show("'{0[\\u0661]}'.format(['a', 'b'])", lambda: '{0[\u0661]}'.format(['a', 'b']))
show("'{:\\u0664}|'.format('z')", lambda: '{:\u0664}|'.format('z'))
