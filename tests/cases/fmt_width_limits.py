# Very large widths and precisions: overflow errors, precision limits, memory errors
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("format(1, '99999999999999999999')", lambda: format(1, '99999999999999999999'))
show("format(1, '.99999999999999999999')", lambda: format(1, '.99999999999999999999'))
show("format('a', '.99999999999999999999')", lambda: format('a', '.99999999999999999999'))
show("format(1.5, '.2147483648f')", lambda: format(1.5, '.2147483648f'))
show("format(1.5, '.2147483648')", lambda: format(1.5, '.2147483648'))
show("format(1, '.2147483648')", lambda: format(1, '.2147483648'))
show("format(1, '.2147483648e')", lambda: format(1, '.2147483648e'))
show("format(1, '99999999999')", lambda: format(1, '99999999999'))
show("format('a', '99999999999')", lambda: format('a', '99999999999'))
show("format(1.5, '99999999999')", lambda: format(1.5, '99999999999'))
show("'{:{}}'.format(1, 10**30)", lambda: '{:{}}'.format(1, 10**30))
show("'{0[99999999999999999999]}'.format([1])", lambda: '{0[99999999999999999999]}'.format([1]))
show("'{99999999999999999999}'.format(1)", lambda: '{99999999999999999999}'.format(1))
show("'%99999999999999999999d' % 1", lambda: '%99999999999999999999d' % 1)
show("'%.99999999999999999999d' % 1", lambda: '%.99999999999999999999d' % 1)
show("'%.2147483648f' % 1.0", lambda: '%.2147483648f' % 1.0)
show("'%*d' % (10**30, 1)", lambda: '%*d' % (10**30, 1))
show("'%.*d' % (10**30, 1)", lambda: '%.*d' % (10**30, 1))
show("'%.*f' % (2**31, 1.0)", lambda: '%.*f' % (2**31, 1.0))
show("'%*d' % (99999999999, 1)", lambda: '%*d' % (99999999999, 1))
show("len(format(1, '100000'))", lambda: len(format(1, '100000')))
show("len('%100000d' % 1)", lambda: len('%100000d' % 1))
show("len(format(1.5, '.5000f'))", lambda: len(format(1.5, '.5000f')))
show("len('%.5000f' % 1.5)", lambda: len('%.5000f' % 1.5))
show("len('%.3000d' % 7)", lambda: len('%.3000d' % 7))
