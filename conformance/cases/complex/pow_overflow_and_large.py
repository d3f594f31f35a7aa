print((1+1j) ** 20)
print((1j) ** 99, (1j) ** -1, (1j) ** -2, (1 - 1j) ** 50)
try:
    print((10+10j) ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(complex(1e200, 1e200) * complex(1e200, 1e200))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(1e300j ** 2)
except OverflowError as e:
    print(type(e).__name__, e)
print((2+0j) ** 100 == 2 ** 100)
