# In-place operators use __iXXX__ when defined (possibly mutating and returning self).
class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, o): self.log.append(('iadd', o)); return self
    def __isub__(self, o): self.log.append(('isub', o)); return self
    def __imul__(self, o): self.log.append(('imul', o)); return self
    def __itruediv__(self, o): self.log.append(('itruediv', o)); return self
    def __ifloordiv__(self, o): self.log.append(('ifloordiv', o)); return self
    def __imod__(self, o): self.log.append(('imod', o)); return self
    def __ipow__(self, o): self.log.append(('ipow', o)); return self
    def __imatmul__(self, o): self.log.append(('imatmul', o)); return self
    def __ilshift__(self, o): self.log.append(('ilshift', o)); return self
    def __irshift__(self, o): self.log.append(('irshift', o)); return self
    def __iand__(self, o): self.log.append(('iand', o)); return self
    def __ior__(self, o): self.log.append(('ior', o)); return self
    def __ixor__(self, o): self.log.append(('ixor', o)); return self
a = Acc()
keep = a
a += 1; a -= 2; a *= 3; a /= 4; a //= 5; a %= 6; a **= 7
a @= 8; a <<= 9; a >>= 10; a &= 11; a |= 12; a ^= 13
print(a is keep)
for entry in a.log:
    print(entry)
# __iadd__ may return something else entirely, which gets bound to the name.
class Swap:
    def __iadd__(self, o):
        return 'replaced'
s = Swap()
s += 1
print(s)
