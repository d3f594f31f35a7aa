# format(complex, spec) with a sign flag but no type or precision: the sign goes before the
# first part shown (the real part when there is one), unless that part is negative.
values = [-1073741824 - 4j, 4 - 1j, 1j, -2j, complex(-0.0, -1), 2 + 0j, complex(float('nan'), 1)]
for spec in ['+', ' ', '-', '+.2f', ' g', '+12', '<+14', '^ 12', '+e']:
    print(repr(spec), [format(z, spec) for z in values])
print(f'{3 - 4j:+}', f'{-3j: }')
