# typing's names import and can be used in annotations, subscripted and as bases.
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator, List, Optional,
                    Protocol, Sequence, Set, Tuple, TypeVar, Union, TYPE_CHECKING, cast, overload,
                    NewType, final, no_type_check)
T = TypeVar("T")
K = TypeVar("K", int, str)
print(T.__name__, K.__constraints__, TYPE_CHECKING)
class Stack(Generic[T]):
    items: ClassVar[int] = 0
    def __init__(self) -> None:
        self.data: List[T] = []
    def push(self, x: T) -> None:
        self.data.append(x)
s = Stack()
s.push(1)
print(s.data, Stack.items)
def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x * 2, [1, 2]), apply.__annotations__["xs"] is not None)
print(cast(int, "not checked"), cast(List[int], 5))
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)
@final
class Leaf:
    pass
@no_type_check
def g(x: Union[int, str]) -> Optional[Dict[str, Tuple[int, ...]]]:
    return x
print(g("x"), Leaf.__name__)
class Closeable(Protocol):
    def close(self) -> None: ...
print(issubclass(Closeable, Protocol))
