print((1j) ** 2, (1j) ** 3, (1j) ** 4, (1j) ** 0)
print((1+1j) ** 2, (1+1j) ** 8)
print((2+0j) ** 10)
print((1+2j) ** -1)
print(pow(1j, 2), pow(3+4j, 1))
print((0j) ** 0, 0j ** 2)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
