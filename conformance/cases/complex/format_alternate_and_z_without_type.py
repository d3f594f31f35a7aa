# With no type and no precision, `#` keeps the decimal point in each part of a complex and
# `z` shows a negative zero part as 0.
values = [1 + 2j, 1e20 + 1j, 2j, -2j, complex(-0.0, 2), 1.5 + 2.25j, 1e-300j,
          complex(float('inf'), 1), complex(float('nan'), -0.0), complex(-0.0, -0.0),
          complex(0.0, -0.0), complex(-1e-300, 1)]
for spec in ['#', 'z', 'z#', '+z', ' #', '>20#', '+#']:
    print(repr(spec), [format(v, spec) for v in values])
# Grouping applies to each part's integer digits too.
grouped = [66761149.6165803 + 38944003.943005174j, 1e20 + 1j, 1234j, complex(-1234.5, -0.0),
           complex(float('nan'), 12345), 1e16j]
for spec in [',', '_', '#,', 'z_', '+,', '>30,']:
    print(repr(spec), [format(v, spec) for v in grouped])
