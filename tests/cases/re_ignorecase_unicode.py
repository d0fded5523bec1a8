import re
subj = "aAbBzZ_09 éÉßẞſKkµΜμ ǅǆǄ İiıI ΣσςΩω Ǳ ﬀ \u00b5 \u212a \u2126"
pats = [r"[a-z]+", r"[A-Z]+", r"[^a-z]+", r"[é]", r"[É-é]", r"[k]", r"[s]", r"ß", r"[σ]", r"ǅ", r"[ǆ]", r"i", r"I", r"[i-k]", r"[\w]+", r"[^\W]+", r"µ", r"ω", r"[ω]", r"[Z-a]+", r"\w+", r"[^x]"]
for flags in (0, re.I, re.I | re.A, re.A):
    for p in pats:
        try:
            print(flags, p, re.findall(p, subj, flags))
        except Exception as e:
            print(flags, p, type(e).__name__, e)
