print((1+2j) / (3+4j))
print((4+2j) / 2, 2 / (1+1j), 1 / 1j)
print((1+1j) / 0.5, 1j / 1j)
print((6+8j) / (3+4j))
for num, den in [(1j, 0), (1+1j, 0j), (1, 0j), (1j, 0.0), (0j, 0j)]:
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 1j
try:
    x /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
