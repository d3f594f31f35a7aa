class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

try:
    match Point(1, 2):
        case Point(a, b, c):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(a):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(v):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

class NonStr:
    __match_args__ = (1,)
try:
    match NonStr():
        case NonStr(v):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

try:
    match Point(1, 2):
        case Point(a, x=3):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 5:
        case int(a, b):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

match Point(1, 2):
    case Point(a, b):
        print("ok", a, b)
