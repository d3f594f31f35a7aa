# __set_name__ is called at class creation with the owner class and the attribute name.
calls = []
class Field:
    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'default-' + self.name)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    first = Field()
    second = Field()
    plain = 3
print(calls)
m = Model()
print(m.first, m.second)
m.first = 'F'
print(m.first, sorted(vars(m)))
print(Model.first.name, Model.second.private)
# Assigning a descriptor after class creation does not call __set_name__.
Model.third = Field()
print(len(calls), hasattr(Model.third, 'name'))
