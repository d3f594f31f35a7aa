# requires: float, bigint
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(type(e).__name__)
print(2 ** 2000 // 2 ** 1999)
