"""Type hints at run time: every name imports, subscripts and can be used as a base class,
and checks nothing (as MicroPython's typing does)."""

TYPE_CHECKING = False


class _Hint:
    """A typing construct: subscripting gives it back, calling it gives its argument."""

    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        return args[0] if args else None

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self

    def __mro_entries__(self, bases):
        return (Generic,)


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return "~" + self.__name__


class ParamSpec(TypeVar):
    pass


class NamedTuple:
    pass


class TypedDict(dict):
    pass


Any = _Hint("Any")
AnyStr = TypeVar("AnyStr", bytes, str)
Union = _Hint("Union")
Optional = _Hint("Optional")
Callable = _Hint("Callable")
ClassVar = _Hint("ClassVar")
Final = _Hint("Final")
Literal = _Hint("Literal")
Annotated = _Hint("Annotated")
Concatenate = _Hint("Concatenate")
TypeAlias = _Hint("TypeAlias")
TypeGuard = _Hint("TypeGuard")
NoReturn = _Hint("NoReturn")
Never = _Hint("Never")
Self = _Hint("Self")
LiteralString = _Hint("LiteralString")
Type = _Hint("Type")
Tuple = _Hint("Tuple")
List = _Hint("List")
Dict = _Hint("Dict")
Set = _Hint("Set")
FrozenSet = _Hint("FrozenSet")
DefaultDict = _Hint("DefaultDict")
OrderedDict = _Hint("OrderedDict")
Counter = _Hint("Counter")
Deque = _Hint("Deque")
ChainMap = _Hint("ChainMap")
Iterable = _Hint("Iterable")
Iterator = _Hint("Iterator")
Generator = _Hint("Generator")
AsyncIterable = _Hint("AsyncIterable")
AsyncIterator = _Hint("AsyncIterator")
AsyncGenerator = _Hint("AsyncGenerator")
Awaitable = _Hint("Awaitable")
Coroutine = _Hint("Coroutine")
Collection = _Hint("Collection")
Container = _Hint("Container")
Hashable = _Hint("Hashable")
Sized = _Hint("Sized")
Reversible = _Hint("Reversible")
Sequence = _Hint("Sequence")
MutableSequence = _Hint("MutableSequence")
Mapping = _Hint("Mapping")
MutableMapping = _Hint("MutableMapping")
AbstractSet = _Hint("AbstractSet")
MutableSet = _Hint("MutableSet")
ItemsView = _Hint("ItemsView")
KeysView = _Hint("KeysView")
ValuesView = _Hint("ValuesView")
ContextManager = _Hint("ContextManager")
AsyncContextManager = _Hint("AsyncContextManager")
Pattern = _Hint("Pattern")
Match = _Hint("Match")
IO = _Hint("IO")
TextIO = _Hint("TextIO")
BinaryIO = _Hint("BinaryIO")
SupportsInt = _Hint("SupportsInt")
SupportsFloat = _Hint("SupportsFloat")
SupportsIndex = _Hint("SupportsIndex")
SupportsAbs = _Hint("SupportsAbs")
SupportsRound = _Hint("SupportsRound")
SupportsBytes = _Hint("SupportsBytes")
SupportsComplex = _Hint("SupportsComplex")
Text = str


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def runtime_checkable(cls):
    return cls


def NewType(name, tp):
    def new_type(x):
        return x

    new_type.__name__ = name
    return new_type


def get_origin(tp):
    return None


def get_args(tp):
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, "__annotations__", {}))


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable")


def assert_type(val, typ):
    return val
