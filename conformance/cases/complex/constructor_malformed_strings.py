for s in ["", " ", "1+", "1 + 2j", "j1", "1+2jj", "abc", "1+2i", "(1+2j", "1+2j)",
          "()", "1..2", "--1", "2j+1", "1e", "1+2j 3", "1__0j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(b"1")
except TypeError as e:
    print(type(e).__name__, e)
