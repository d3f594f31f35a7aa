# requires: float
for s in ["abc", "", "1.2.3", "1e", "--1", "1 2", "in f", "."]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
