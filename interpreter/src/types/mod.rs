//! The builtin types: their identities, names, bases and method tables.
//!
//! A builtin type is a [`TypeId`]: an index into static type data (name, base, and through
//! `builtins::method_of` its method table), which can live in flash; as a Python value it is
//! an immediate (`Value::builtin_type`). Classes made by Python code are heap objects
//! (`class.rs`); both are reached through the same lookups. Each type's behaviour lives in
//! its own file here.

pub mod anext;
pub mod array;
pub mod array_methods;
pub mod array_ops;
pub mod async_gen;
pub(crate) mod attr_cache;
pub mod bytes;
pub mod bytes_methods;
pub mod bytes_text;
pub mod class;
pub mod complex;
pub mod counter;
pub mod counter_ops;
pub mod deque;
pub mod deque_methods;
pub mod deque_ops;
pub mod dict;
pub mod dict_kinds;
pub mod exc_group;
pub mod float;
pub mod float_hex;
pub mod float_parse;
pub mod format;
pub mod generator;
pub mod hashobj;
pub(crate) mod heap_merge;
pub(crate) mod heap_order;
pub mod instance;
pub mod int;
pub(crate) mod int_big;
pub(crate) mod iter_hint;
pub mod list;
pub mod mappingproxy;
pub mod member;
pub mod memview;
pub mod memview_fmt;
pub mod memview_methods;
pub mod module;
#[cfg(feature = "collections")]
pub mod namedtuple;
pub mod namedtuple_methods;
pub mod object;
pub(crate) mod oserror;
pub mod percent;
pub mod range;
pub(crate) mod select;
pub mod set;
pub mod setobj;
pub(crate) mod signature;
pub mod slots;
pub mod sort;
pub mod str;
pub mod stream;
pub mod stream_attr;
pub mod stream_bin;
pub mod stream_file;
pub mod stream_make;
pub mod stream_mem;
pub mod stream_methods;
pub mod stream_seek;
pub mod stream_text;
pub mod struct_fmt;
pub mod structobj;
pub mod union;

macro_rules! builtin_types {
    ($($id:ident = $name:literal $(: $base:ident)?),* $(,)?) => {
        /// Every builtin type.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u16)]
        pub enum TypeId { $($id),* }

        const INFO: &[TypeInfo] = &[
            $(TypeInfo { name: $name, base: builtin_types!(@base $($base)?) }),*
        ];

        const ALL: &[TypeId] = &[$(TypeId::$id),*];
    };
    (@base $base:ident) => { Some(TypeId::$base) };
    (@base) => { None };
}

builtin_types! {
    Object = "object",
    Type = "type": Object,
    NoneType = "NoneType": Object,
    NotImplementedType = "NotImplementedType": Object,
    Ellipsis = "ellipsis": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Complex = "complex": Object,
    Str = "str": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Cell = "cell": Object,
    Code = "code": Object,
    Traceback = "traceback": Object,
    ListIterator = "list_iterator": Object,
    ListReverseIterator = "list_reverseiterator": Object,
    TupleIterator = "tuple_iterator": Object,
    StrIterator = "str_iterator": Object,
    StrAsciiIterator = "str_ascii_iterator": Object,
    BytesIterator = "bytes_iterator": Object,
    ByteArrayIterator = "bytearray_iterator": Object,
    MemoryIterator = "memory_iterator": Object,
    RangeIterator = "range_iterator": Object,
    LongRangeIterator = "longrange_iterator": Object,
    DictKeyIterator = "dict_keyiterator": Object,
    DictValueIterator = "dict_valueiterator": Object,
    DictItemIterator = "dict_itemiterator": Object,
    DictReverseKeyIterator = "dict_reversekeyiterator": Object,
    DictReverseValueIterator = "dict_reversevalueiterator": Object,
    DictReverseItemIterator = "dict_reverseitemiterator": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    Enumerate = "enumerate": Object,
    Zip = "zip": Object,
    Iterator = "iterator": Object,
    CallableIterator = "callable_iterator": Object,
    Map = "map": Object,
    Filter = "filter": Object,
    Reversed = "reversed": Object,
    Generator = "generator": Object,
    Set = "set": Object,
    Bytes = "bytes": Object,
    ByteArray = "bytearray": Object,
    MemoryView = "memoryview": Object,
    FrozenSet = "frozenset": Object,
    SetIterator = "set_iterator": Object,
    Coroutine = "coroutine": Object,
    MethodDescriptor = "method_descriptor": Object,
    UnionType = "UnionType": Object,
    GenericAlias = "GenericAlias": Object,
    WrapperDescriptor = "wrapper_descriptor": Object,
    AsyncGenerator = "async_generator": Object,
    AsyncGenASend = "async_generator_asend": Object,
    AnextAwaitable = "anext_awaitable": Object,
    AsyncGenAThrow = "async_generator_athrow": Object,
    Property = "property": Object,
    ClassMethod = "classmethod": Object,
    StaticMethod = "staticmethod": Object,
    Super = "super": Object,
    MemberDescriptor = "member_descriptor": Object,
    MappingProxy = "mappingproxy": Object,
    Module = "module": Object,
    // `collections` and `heapq`: named as CPython's `tp_name` (with the module for the
    // static types of a C module); see `TypeId::module` and `TypeId::short_name`.
    Deque = "collections.deque": Object,
    DequeIterator = "_collections._deque_iterator": Object,
    DequeReverseIterator = "_collections._deque_reverse_iterator": Object,
    DefaultDict = "collections.defaultdict": Dict,
    OrderedDict = "collections.OrderedDict": Dict,
    Counter = "Counter": Dict,
    TupleGetter = "_collections._tuplegetter": Object,
    HeapqMerge = "heapq.merge": Object,
    // The exception hierarchy, as in CPython.
    BaseException = "BaseException": Object,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    BaseExceptionGroup = "BaseExceptionGroup": BaseException,
    // Also derives from Exception: see `TypeId::mro`.
    ExceptionGroup = "ExceptionGroup": BaseExceptionGroup,
    StopIteration = "StopIteration": Exception,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    BytesWarning = "BytesWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    UserWarning = "UserWarning": Warning,
    // The types of native modules, named with their module as in CPython.
    StructError = "struct.error": Exception,
    Struct = "_struct.Struct": Object,
    UnpackIterator = "_struct.unpack_iterator": Object,
    Array = "array.array": Object,
    ArrayIterator = "array.arrayiterator": Object,
    BinasciiError = "binascii.Error": ValueError,
    BinasciiIncomplete = "binascii.Incomplete": Exception,
    JSONDecodeError = "json.decoder.JSONDecodeError": ValueError,
    Hash = "_hashlib.HASH": Object,
    // The `io` streams (`types::stream`), named with their module as in CPython.
    StringIO = "_io.StringIO": Object,
    BytesIO = "_io.BytesIO": Object,
    FileIO = "_io.FileIO": Object,
    BufferedReader = "_io.BufferedReader": Object,
    BufferedWriter = "_io.BufferedWriter": Object,
    BufferedRandom = "_io.BufferedRandom": Object,
    TextIOWrapper = "_io.TextIOWrapper": Object,
    // Also derives from ValueError: see `TypeId::mro`.
    UnsupportedOperation = "io.UnsupportedOperation": OSError,
}

/// The iterator of `TypeId::mro`.
pub struct Mro {
    head: TypeId,
    next: Option<TypeId>,
}

impl Iterator for Mro {
    type Item = TypeId;

    fn next(&mut self) -> Option<TypeId> {
        let t = self.next?;
        self.next = match (self.head, t) {
            (TypeId::ExceptionGroup, TypeId::BaseExceptionGroup) => Some(TypeId::Exception),
            (TypeId::UnsupportedOperation, TypeId::OSError) => Some(TypeId::ValueError),
            _ => t.base(),
        };
        Some(t)
    }
}

/// What the core knows about a builtin type.
pub struct TypeInfo {
    /// The name messages and reprs show: qualified by its module (`_io.StringIO`) unless the
    /// type is a builtin.
    pub name: &'static str,
    pub base: Option<TypeId>,
}

impl TypeId {
    pub fn from_index(index: usize) -> Option<TypeId> {
        ALL.get(index).copied()
    }

    pub fn all() -> &'static [TypeId] {
        ALL
    }

    pub fn info(self) -> &'static TypeInfo {
        &INFO[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn base(self) -> Option<TypeId> {
        self.info().base
    }

    /// `__name__`: the name without the module a C type's `tp_name` carries.
    pub fn short_name(self) -> &'static str {
        let name = self.name();
        name.rsplit('.').next().unwrap_or(name)
    }

    /// `__module__`: `builtins`, or the module a type of a native module belongs to.
    pub fn module(self) -> &'static str {
        match self {
            // A Python class in CPython: its `tp_name` has no module.
            TypeId::Counter => "collections",
            _ => match self.name().rsplit_once('.') {
                Some((module, _)) => module,
                None => "builtins",
            },
        }
    }

    /// The mutable containers (and the set-like dict views), whose `__hash__` is None.
    pub fn is_unhashable(self) -> bool {
        matches!(
            self,
            TypeId::List
                | TypeId::Dict
                | TypeId::Set
                | TypeId::ByteArray
                | TypeId::DictKeys
                | TypeId::DictItems
                | TypeId::MappingProxy
                | TypeId::Array
                | TypeId::Deque
                | TypeId::DefaultDict
                | TypeId::OrderedDict
                | TypeId::Counter
        )
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subtype(self, other: TypeId) -> bool {
        self.mro().any(|t| t == other)
    }

    /// The method resolution order, `self` first. Every builtin type has one base except
    /// `ExceptionGroup(BaseExceptionGroup, Exception)`, whose C3 order puts `Exception`
    /// after `BaseExceptionGroup`, and `UnsupportedOperation(OSError, ValueError)`.
    pub fn mro(self) -> Mro {
        Mro {
            head: self,
            next: Some(self),
        }
    }

    /// `__bases__`: the `base`, and `Exception` after it for `ExceptionGroup` (`ValueError`
    /// for `UnsupportedOperation`).
    pub fn bases(self) -> impl Iterator<Item = TypeId> {
        let second = match self {
            TypeId::ExceptionGroup => Some(TypeId::Exception),
            TypeId::UnsupportedOperation => Some(TypeId::ValueError),
            _ => None,
        };
        self.base().into_iter().chain(second)
    }

    pub fn is_exception(self) -> bool {
        self.is_subtype(TypeId::BaseException)
    }

    /// Whether a class may derive from this type.
    pub fn is_subclassable(self) -> bool {
        matches!(
            self,
            TypeId::Object
                | TypeId::Type
                | TypeId::Int
                | TypeId::Float
                | TypeId::Complex
                | TypeId::Str
                | TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
                | TypeId::Set
                | TypeId::FrozenSet
                | TypeId::Bytes
                | TypeId::ByteArray
                | TypeId::Property
                | TypeId::ClassMethod
                | TypeId::StaticMethod
                | TypeId::Super
                | TypeId::Deque
                | TypeId::DefaultDict
                | TypeId::OrderedDict
                | TypeId::Counter
        ) || self.is_exception()
    }

    /// The builtin type whose instance layout this type's instances share: two bases with
    /// unrelated layouts cannot be combined.
    pub fn layout(self) -> TypeId {
        if self.is_exception() {
            TypeId::BaseException
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_matches_python() {
        assert!(TypeId::ZeroDivisionError.is_subtype(TypeId::ArithmeticError));
        assert!(TypeId::RecursionError.is_subtype(TypeId::RuntimeError));
        assert!(TypeId::KeyError.is_subtype(TypeId::LookupError));
        assert!(TypeId::Bool.is_subtype(TypeId::Int));
        assert!(!TypeId::KeyboardInterrupt.is_subtype(TypeId::Exception));
        assert!(TypeId::ExceptionGroup.is_subtype(TypeId::Exception));
        assert!(!TypeId::BaseExceptionGroup.is_subtype(TypeId::Exception));
        let mro: alloc::vec::Vec<TypeId> = TypeId::ExceptionGroup.mro().collect();
        assert_eq!(
            mro,
            [
                TypeId::ExceptionGroup,
                TypeId::BaseExceptionGroup,
                TypeId::Exception,
                TypeId::BaseException,
                TypeId::Object
            ]
        );
        assert_eq!(
            TypeId::from_index(TypeId::TabError as usize),
            Some(TypeId::TabError)
        );
    }
}
