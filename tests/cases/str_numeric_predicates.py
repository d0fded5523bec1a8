# str.isdigit vs isdecimal vs isnumeric (and isalnum) on unicode digits, fractions, numerals
samples = ["0123", "٠١٢", "۳", "०९", "௧", "²³", "¹", "₅", "①", "⑴", "⒈", "❶", "½", "⅓", "Ⅻ", "ⅻ",
           "〇", "一二三", "万", "𝟘𝟙", "🄀", "፩", "0x", "-1", "1e5", "", " 1", "１２", "߀", "𑁦"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isalpha())
