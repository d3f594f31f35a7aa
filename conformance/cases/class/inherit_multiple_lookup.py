# Multiple inheritance: attributes resolve left to right along the MRO; __bases__ keeps order.
class Left:
    side = 'left'
    def hello(self):
        return 'left hello'
class Right:
    side = 'right'
    def hello(self):
        return 'right hello'
    def only_right(self):
        return 'only right'
class Both(Left, Right):
    pass
class Other(Right, Left):
    pass

b = Both()
o = Other()
print(b.side, b.hello(), b.only_right())
print(o.side, o.hello())
print([k.__name__ for k in Both.__bases__], Both.__base__.__name__)
print([k.__name__ for k in Other.__mro__])
