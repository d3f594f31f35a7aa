# classmethod receives the class (the subclass when called through it), via class or instance.
class A:
    count = 0
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls
    @classmethod
    def name(cls):
        return cls.__name__
class B(A):
    pass
print(A.make(2).__name__, A.count, B.count)
print(B.make(5).__name__, A.count, B.count)
print(A.name(), B.name(), B().name())
print(type(A.__dict__['make']).__name__, type(A.make).__name__)
print(A.make.__self__ is A, B().make.__self__ is B)
print(A.make.__func__ is A.__dict__['make'].__func__)
