# __init_subclass__ sees the finished subclass (its attributes and __set_name__ already done).
order = []
class D:
    def __set_name__(self, owner, name):
        order.append('set_name ' + name)
class Base:
    def __init_subclass__(cls):
        order.append('init_subclass ' + cls.__name__)
        cls.fields = sorted(k for k in vars(cls) if not k.startswith('_'))
class Child(Base):
    a = 1
    b = D()
    def method(self):
        pass
print(order)
print(Child.fields)
class Grand(Child):
    c = 2
print(Grand.fields, order[-1])
