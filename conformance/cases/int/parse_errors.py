tests = ["abc", "", "1.5", "12a", " ", "0x10", "1__0", "_1"]
for s in tests:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
