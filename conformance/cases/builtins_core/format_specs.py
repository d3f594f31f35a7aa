# requires: float
# format() with various format specs.
print(format(42), format(42, ''), format('s', ''))
print(format(42, 'd'), format(42, '5d'), format(42, '<5') + '|', format(42, '^6') + '|')
print(format(42, 'x'), format(42, '#X'), format(42, 'b'), format(42, '#o'))
print(format(1234567, ','), format(1234567, '_'), format(255, '_x'))
print(format(-42, '+d'), format(42, '+d'), format(42, ' d'), format(-42, '08d'))
print(format('abc', '>6'), format('abc', '*^7'), format('abc', '.2'))
print(format(65, 'c'), format(True, 'd'), format(None, ''))
print(format(3.14159, '.2f'), format(0.5, '%'), format(1e6, 'e'))
try:
    format(42, 's')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('a', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
