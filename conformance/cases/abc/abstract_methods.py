# A class with abstract methods left cannot be instantiated; implementing them all lifts it.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} of area {self.area()}"
class Square(Shape):
    def area(self):
        return 4
for cls in [Shape, Square]:
    try:
        cls()
    except TypeError as e:
        print(e)
class Full(Square):
    def name(self):
        return "square"
f = Full()
print(f.describe(), isinstance(f, Shape), issubclass(Full, Shape), type(Shape) is ABCMeta)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), sorted(Full.__abstractmethods__))
class Plain(metaclass=ABCMeta):
    pass
print(type(Plain()).__name__, Plain.__abstractmethods__)
