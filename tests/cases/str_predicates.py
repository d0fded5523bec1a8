# str: isdigit/isalpha/isalnum/isspace/isidentifier/isdecimal/isnumeric/isprintable/isascii
samples = ["abc", "abc1", "123", "½", "²", "٣", "", " \t\n", "hello_world", "_x1", "1x", "class", "é", "ab c", "\x00", "-5", "1.5", "Ⅻ"]
for s in samples:
    print(repr(s).ljust(14), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(),
          s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii())
