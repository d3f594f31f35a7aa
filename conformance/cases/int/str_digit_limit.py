# CPython 3.11 limits int<->decimal string conversion to 4300 digits; other bases are unlimited.
# requires: bigint
ok = 10 ** 4299
print(len(str(ok)))
big = 10 ** 4300
try:
    s = str(big)
    print("converted", len(s))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 1000)
print(len(hex(big)), len(bin(big)) > 14000)
print(int("f" * 5000, 16) % 1000)
print(big.bit_length(), big % 997, (big // 10 ** 4290) == 10 ** 10)
try:
    print(f"{big}")
except ValueError as e:
    print(type(e).__name__, "in f-string")
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, "in repr")
