# staticmethod receives no implicit first argument, whether called on class or instance.
class M:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def none():
        return 'none'
    def use(self):
        return self.add(1, 2) + M.add(3, 4)
m = M()
print(M.add(1, 2), m.add(10, 20), M.none(), m.none(), m.use())
print(type(M.__dict__['add']).__name__, type(M.add).__name__, type(m.add).__name__)
print(M.add is m.add)
sm = staticmethod(len)
print(sm('abc'), type(sm).__name__)
try:
    m.add(1)
except TypeError as e:
    print(type(e).__name__, e)
