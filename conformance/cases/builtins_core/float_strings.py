# requires: float
# float() of special and scientific strings.
print(float('inf'), float('-inf'), float('+inf'), float('Infinity'), float('-iNF'))
print(float('nan'), float('-nan'), float('NaN'))
print(float('1e3'), float('1E-3'), float('-1.5e+2'), float('.5'), float('5.'))
print(float('  3.25\n'), float('1_000.5'), float('-0.0'))
n = float('nan')
print(n == n, n != n)
print(float('inf') > 1e308, float('-inf') < -1e308)
print(float(7), float(True), float())
for s in ['abc', '', '1e', 'in f', '1__0', 'nan1', '0x10']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
