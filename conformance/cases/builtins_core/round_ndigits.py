# requires: float
# round() of ints and floats, with and without ndigits.
print(round(3), round(-3), type(round(3)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 2), round(15, -1), round(25, -1))
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(1.5))
print(type(round(2.7)).__name__, round(2.7), round(-2.7))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2))
print(round(123.456, -1), round(123.456, 0), type(round(1.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round('1')
except TypeError as e:
    print(type(e).__name__, e)
