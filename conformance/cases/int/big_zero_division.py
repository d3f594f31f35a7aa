# requires: bigint
big = 2 ** 100
try:
    big // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    big % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    big / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
