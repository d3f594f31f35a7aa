# str.__str__ returns the string itself, not its repr; float .imag is always 0.0.
for s in ('Hello', '', 'a\tb', "it's"):
    print(s.__str__(), str.__str__(s), len(s.__str__()))
for f in (2.5, -0.0, float('inf'), float('nan')):
    print(f.imag, f.real)
