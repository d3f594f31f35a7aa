# Virtual subclasses through register, and abstract properties and class methods.
from abc import ABC, abstractmethod
class Reader(ABC):
    @property
    @abstractmethod
    def size(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class File(Reader):
    @property
    def size(self):
        return 10
    @classmethod
    def make(cls):
        return cls()
print(File.make().size, sorted(Reader.__abstractmethods__))
class Half(Reader):
    @property
    def size(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class Unrelated:
    pass
print(isinstance(Unrelated(), Reader), issubclass(Unrelated, Reader))
Reader.register(Unrelated)
print(isinstance(Unrelated(), Reader), issubclass(Unrelated, Reader), issubclass(int, Reader))
print(Reader.register(dict) is dict)
