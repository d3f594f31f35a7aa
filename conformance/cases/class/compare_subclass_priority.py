# For comparisons, a right operand whose type is a subclass gets its reflected method tried first.
log = []
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append("Base.__eq__")
        return self.v == other.v
    def __lt__(self, other):
        log.append("Base.__lt__")
        return self.v < other.v
    def __gt__(self, other):
        log.append("Base.__gt__")
        return self.v > other.v
class Sub(Base):
    def __eq__(self, other):
        log.append("Sub.__eq__")
        return "sub-eq"
    def __gt__(self, other):
        log.append("Sub.__gt__")
        return "sub-gt"
def run(label, f):
    del log[:]
    print(label, f(), log)
run("Base == Sub:", lambda: Base(1) == Sub(1))
run("Sub == Base:", lambda: Sub(1) == Base(1))
run("Base < Sub:", lambda: Base(1) < Sub(2))
run("Sub < Base:", lambda: Sub(1) < Base(2))
run("Base != Sub:", lambda: Base(1) != Sub(1))
run("Base == Base:", lambda: Base(1) == Base(1))
class Other:
    def __eq__(self, other):
        log.append("Other.__eq__")
        return NotImplemented
o = Other()
run("Other == Other:", lambda: Other() == Other())
run("o == o:", lambda: o == o)
