# A metaclass __new__ sees name, bases and namespace, and can modify the class being created.
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append((mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw))
        ns['added_by_meta'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def m(self):
        return 'm'
class B(A, flag=True):
    y = 2
for entry in log:
    print(entry)
print(A.added_by_meta, B.added_by_meta, type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type), B().m())
# A metaclass method is callable on the class but not on instances.
class Meta2(type):
    def describe(cls):
        return 'class ' + cls.__name__
class C(metaclass=Meta2):
    pass
print(C.describe())
try:
    C().describe()
except AttributeError as e:
    print(type(e).__name__, e)
