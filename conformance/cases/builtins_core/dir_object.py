# dir() of a class and an instance lists attributes sorted, including inherited ones.
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    child_attr = 2
    def method(self):
        pass

obj = Child()
obj.inst = 3
print([n for n in dir(obj) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print([n for n in dir(Base) if not n.startswith('__')])
print('__init__' in dir(obj), '__class__' in dir(obj))
print(dir(obj) == sorted(dir(obj)))
print([n for n in dir(1) if not n.startswith('_')][:4])
print('append' in dir([]), 'keys' in dir({}))
