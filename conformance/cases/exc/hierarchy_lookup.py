try:
    [][0]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    "abc"[10]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
