# requires: float
# int() from strings with bases and underscores.
print(int('42'), int('  -42  '), int('+7'), int('0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('1010', 2), int('0b1010', 0))
print(int('z', 36), int('Z', 36), int('10', 3))
print(int('1_000_000'), int('0x_ff', 16), int('1_0', 0))
print(int('010', 10), int('0', 0), int('00', 0))
print(int(3.9), int(-3.9), int(True), int())
for args in [('1__0',), ('_1',), ('1_',), ('010', 0), ('12', 1), ('12', 37), ('',), ('1.5',), ('9', 8)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
