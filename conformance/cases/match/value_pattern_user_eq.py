class Anything:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("eq called with", repr(other))
        return other == self.tag or other == "*"

class K:
    A = Anything("a")
    B = Anything("b")

for subject in ["b", "*", "z"]:
    match subject:
        case K.A:
            print(subject, "-> A")
        case K.B:
            print(subject, "-> B")
        case _:
            print(subject, "-> none")

match 123:
    case K.A:
        print("A")
    case _:
        print("default")
