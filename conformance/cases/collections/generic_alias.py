# The collections types take type arguments, and show with their module in annotations.
from collections import deque, defaultdict, OrderedDict, Counter
print(deque[int], defaultdict[str, list[int]], OrderedDict[str, int], Counter[str])
print(deque[int] | None, deque | None, list[deque[int]], Counter[str] == Counter[str])
print(deque[int]([1, 2]), defaultdict[str, int](int), Counter[str]('aab'))
print(deque[int].__origin__ is deque, OrderedDict[str, int].__args__)
print(deque, defaultdict, OrderedDict, Counter)
print(Counter.__module__, Counter.__name__, OrderedDict.__qualname__, defaultdict.__module__)
