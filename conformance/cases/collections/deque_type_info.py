# The names and modules of deque and its iterators.
from collections import deque
d = deque([1])
print(deque, type(d), deque.__name__, deque.__qualname__, deque.__module__)
print(type(iter(d)), type(reversed(d)), type(iter(d)).__name__)
print(deque.__mro__, deque.__hash__, isinstance(d, deque), issubclass(deque, object))
print(deque.append, deque.append.__qualname__, deque.append.__name__)
print(type(d).__name__, d.__class__ is deque)
