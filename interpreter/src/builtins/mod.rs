//! The builtins namespace, the table of native functions and methods, and calling builtin
//! types (`int("12")`, `ValueError("x")`).
//!
//! Every native (builtin function or method of a builtin type) has one entry in `NATIVES`;
//! a `Value` refers to it by index. Methods receive their object as the first argument.

use alloc::format;
use alloc::vec::Vec;

pub(crate) mod args;
mod construct;
mod eval;
pub(crate) mod functions;
mod help;
mod input;

use crate::qstr::{Q, Qstr};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
pub(crate) use construct::construct;

/// Keyword arguments of a native call: parallel slices of names (qstrs) and values.
#[derive(Clone, Copy)]
pub struct Kw<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl Kw<'_> {
    pub const NONE: Kw<'static> = Kw {
        names: &[],
        values: &[],
    };

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn get(&self, name: Qstr) -> Option<Value> {
        self.names
            .iter()
            .position(|&n| n == Value::qstr(name))
            .map(|i| self.values[i])
    }

    /// TypeError unless every keyword is one of `allowed`.
    #[inline]
    pub fn check(&self, vm: &mut Vm, func: &str, allowed: &[Qstr]) -> PyResult<()> {
        if self.names.is_empty() {
            return Ok(());
        }
        self.check_names(vm, func, allowed)
    }

    #[inline(never)]
    fn check_names(&self, vm: &mut Vm, func: &str, allowed: &[Qstr]) -> PyResult<()> {
        for &n in self.names {
            if !allowed.iter().any(|&q| Value::qstr(q) == n) {
                let name = vm.string_of(n);
                let msg = if allowed.is_empty() {
                    format!("{func}() takes no keyword arguments")
                } else {
                    format!("'{name}' is an invalid keyword argument for {func}()")
                };
                return Err(vm.type_error(&msg));
            }
        }
        Ok(())
    }
}

pub type NativeFn = fn(&mut Vm, &[Value], Kw) -> PyResult;

pub struct Native {
    pub name: &'static str,
    pub f: NativeFn,
}

macro_rules! natives {
    ($($id:ident = $name:literal => $f:path),* $(,)?) => {
        /// Indices into `NATIVES`.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u16)]
        pub enum N { $($id),* }
        pub static NATIVES: &[Native] = &[$(Native { name: $name, f: $f }),*];
    };
}

use crate::types::{
    bytes_methods as bm, dict as d, list as l, object as o, setobj as st, slots as sl, str as s,
    stream_methods as io,
};
use functions::*;

natives! {
    Print = "print" => print,
    Len = "len" => len,
    Repr = "repr" => repr,
    Abs = "abs" => abs,
    Min = "min" => min,
    Max = "max" => max,
    IsInstance = "isinstance" => isinstance,
    IsSubclass = "issubclass" => issubclass,
    Iter = "iter" => iter,
    Aiter = "aiter" => crate::types::anext::aiter,
    Anext = "anext" => crate::types::anext::anext,
    Next = "next" => next,
    Sum = "sum" => sum,
    Any = "any" => any,
    All = "all" => all,
    Sorted = "sorted" => sorted,
    Chr = "chr" => chr,
    Ord = "ord" => ord,
    Hex = "hex" => hex,
    Oct = "oct" => oct,
    Bin = "bin" => bin,
    Divmod = "divmod" => divmod,
    Pow = "pow" => pow,
    Round = "round" => round,
    Hash = "hash" => hash,
    Id = "id" => id,
    Callable = "callable" => callable,
    Format = "format" => format_,
    BuildClass = "__build_class__" => crate::types::class::build_class,
    Getattr = "getattr" => o::getattr,
    Setattr = "setattr" => o::setattr,
    Hasattr = "hasattr" => o::hasattr,
    Delattr = "delattr" => o::delattr,
    Vars = "vars" => o::vars,
    Ascii = "ascii" => ascii,
    Eval = "eval" => eval::eval,
    Exec = "exec" => eval::exec,
    Compile = "compile" => eval::compile,
    Globals = "globals" => eval::globals,
    Locals = "locals" => eval::locals,
    Dir = "dir" => eval::dir,
    Input = "input" => input::input,
    Help = "help" => help::help,
    Import = "__import__" => crate::vm::import_builtin,
    Open = "open" => crate::types::stream_file::open,
    // list
    ListAppend = "append" => l::append,
    ListPop = "pop" => l::pop,
    ListInsert = "insert" => l::insert,
    ListExtend = "extend" => l::extend,
    ListRemove = "remove" => l::remove,
    ListIndex = "index" => l::index,
    ListCount = "count" => l::count,
    ListClear = "clear" => l::clear,
    ListCopy = "copy" => l::copy,
    ListReverse = "reverse" => l::reverse,
    ListSort = "sort" => l::sort,
    TupleIndex = "index" => l::index,
    TupleCount = "count" => l::count,
    // dict
    DictGet = "get" => d::get,
    DictKeys = "keys" => d::keys,
    DictValues = "values" => d::values,
    DictItems = "items" => d::items,
    DictPop = "pop" => d::pop,
    DictSetdefault = "setdefault" => d::setdefault,
    DictUpdate = "update" => d::update,
    DictClear = "clear" => d::clear,
    DictCopy = "copy" => d::copy,
    DictPopitem = "popitem" => d::popitem,
    // str
    StrJoin = "join" => s::join,
    StrSplit = "split" => s::split,
    StrRsplit = "rsplit" => s::rsplit,
    StrUpper = "upper" => s::upper,
    StrLower = "lower" => s::lower,
    StrStrip = "strip" => s::strip,
    StrLstrip = "lstrip" => s::lstrip,
    StrRstrip = "rstrip" => s::rstrip,
    StrReplace = "replace" => s::replace,
    StrStartswith = "startswith" => s::startswith,
    StrEndswith = "endswith" => s::endswith,
    StrFind = "find" => s::find,
    StrRfind = "rfind" => s::rfind,
    StrIndex = "index" => s::index,
    StrRindex = "rindex" => s::rindex,
    StrCount = "count" => s::count,
    StrFormat = "format" => s::format,
    StrFormatMap = "format_map" => s::format_map,
    StrIsdigit = "isdigit" => s::isdigit,
    StrIsalpha = "isalpha" => s::isalpha,
    StrIsspace = "isspace" => s::isspace,
    StrIsupper = "isupper" => s::isupper,
    StrIslower = "islower" => s::islower,
    StrIsalnum = "isalnum" => s::isalnum,
    StrIsprintable = "isprintable" => s::isprintable,
    StrIsdecimal = "isdecimal" => s::isdecimal,
    StrIsnumeric = "isnumeric" => s::isnumeric,
    StrIsidentifier = "isidentifier" => s::isidentifier,
    StrIstitle = "istitle" => s::istitle,
    StrIsascii = "isascii" => s::isascii,
    StrCasefold = "casefold" => s::casefold,
    StrMaketrans = "maketrans" => s::maketrans,
    StrTranslate = "translate" => s::translate,
    StrSplitlines = "splitlines" => s::splitlines,
    StrCapitalize = "capitalize" => s::capitalize,
    StrTitle = "title" => s::title,
    StrSwapcase = "swapcase" => s::swapcase,
    StrCenter = "center" => s::center,
    StrLjust = "ljust" => s::ljust,
    StrRjust = "rjust" => s::rjust,
    StrZfill = "zfill" => s::zfill,
    StrExpandtabs = "expandtabs" => s::expandtabs,
    StrPartition = "partition" => s::partition,
    StrRemoveprefix = "removeprefix" => s::removeprefix,
    StrRemovesuffix = "removesuffix" => s::removesuffix,
    StrRpartition = "rpartition" => s::rpartition,
    // int and float
    IntBitLength = "bit_length" => int_bit_length,
    IntBitCount = "bit_count" => int_bit_count,
    IntConjugate = "conjugate" => int_conjugate,
    FloatConjugate = "conjugate" => float_conjugate,
    IntAsIntegerRatio = "as_integer_ratio" => int_as_integer_ratio,
    FloatAsIntegerRatio = "as_integer_ratio" => float_as_integer_ratio,
    FloatIsInteger = "is_integer" => float_is_integer,
    FloatHex = "hex" => crate::types::float_hex::hex,
    FloatFromhex = "fromhex" => crate::types::float_hex::fromhex,
    // exceptions
    ExcWithTraceback = "with_traceback" => exc_with_traceback,
    ExcAddNote = "add_note" => exc_add_note,
    ExcGroupDerive = "derive" => crate::types::exc_group::group_derive,
    ExcGroupSubgroup = "subgroup" => crate::types::exc_group::group_subgroup,
    ExcGroupSplit = "split" => crate::types::exc_group::group_split,
    // property
    PropGetter = "getter" => sl::property_getter,
    PropSetter = "setter" => sl::property_setter,
    PropDeleter = "deleter" => sl::property_deleter,
    // type
    TypeMro = "mro" => o::type_mro,
    ProxyKeys = "keys" => crate::types::mappingproxy::keys,
    ProxyValues = "values" => crate::types::mappingproxy::values,
    ProxyItems = "items" => crate::types::mappingproxy::items,
    ProxyGet = "get" => crate::types::mappingproxy::get,
    ProxyCopy = "copy" => crate::types::mappingproxy::copy,
    ComplexConjugate = "conjugate" => crate::types::complex::conjugate,
    ComplexDunderComplex = "__complex__" => crate::types::complex::dunder_complex,
    DictFromkeys = "fromkeys" => d::fromkeys,
    RangeIndex = "index" => crate::types::range::index,
    RangeCount = "count" => crate::types::range::count,
    SliceIndicesMethod = "indices" => crate::types::range::indices,
    GenSend = "send" => crate::types::generator::send,
    BytesDecode = "decode" => bm::decode,
    BytesHex = "hex" => bm::hex,
    BytesFromhex = "fromhex" => bm::fromhex,
    BytesFind = "find" => bm::find,
    BytesRfind = "rfind" => bm::rfind,
    BytesIndex = "index" => bm::index,
    BytesRindex = "rindex" => bm::rindex,
    BytesCount = "count" => bm::count,
    BytesStartswith = "startswith" => bm::startswith,
    BytesEndswith = "endswith" => bm::endswith,
    BytesReplace = "replace" => bm::replace,
    BytesSplit = "split" => bm::split,
    BytesRsplit = "rsplit" => bm::rsplit,
    BytesJoin = "join" => bm::join,
    BytesStrip = "strip" => bm::strip,
    BytesLstrip = "lstrip" => bm::lstrip,
    BytesRstrip = "rstrip" => bm::rstrip,
    BytesUpper = "upper" => bm::upper,
    BytesLower = "lower" => bm::lower,
    BytesSwapcase = "swapcase" => bm::swapcase,
    BytesTitle = "title" => bm::title,
    BytesCapitalize = "capitalize" => bm::capitalize,
    BytesIsdigit = "isdigit" => bm::isdigit,
    BytesIsalpha = "isalpha" => bm::isalpha,
    BytesIsalnum = "isalnum" => bm::isalnum,
    BytesIsspace = "isspace" => bm::isspace,
    BytesIsascii = "isascii" => bm::isascii,
    BytesIsupper = "isupper" => bm::isupper,
    BytesIslower = "islower" => bm::islower,
    BytesIstitle = "istitle" => bm::istitle,
    BytesPartition = "partition" => bm::partition,
    BytesRpartition = "rpartition" => bm::rpartition,
    BytesCenter = "center" => bm::center,
    BytesLjust = "ljust" => bm::ljust,
    BytesRjust = "rjust" => bm::rjust,
    BytesZfill = "zfill" => bm::zfill,
    BytesSplitlines = "splitlines" => bm::splitlines,
    BytesRemoveprefix = "removeprefix" => crate::types::bytes_text::removeprefix,
    BytesRemovesuffix = "removesuffix" => crate::types::bytes_text::removesuffix,
    BytesExpandtabs = "expandtabs" => crate::types::bytes_text::expandtabs,
    BytesTranslate = "translate" => crate::types::bytes_text::translate,
    BytesMaketrans = "maketrans" => crate::types::bytes_text::maketrans,
    ByteArrayAppend = "append" => bm::append,
    ByteArrayExtend = "extend" => bm::extend,
    ByteArrayInsert = "insert" => bm::insert,
    ByteArrayPop = "pop" => bm::pop,
    ByteArrayRemove = "remove" => bm::remove,
    ByteArrayClear = "clear" => bm::clear,
    ByteArrayReverse = "reverse" => bm::reverse,
    ByteArrayCopy = "copy" => bm::copy,
    MemTobytes = "tobytes" => crate::types::memview_methods::tobytes,
    MemTolist = "tolist" => crate::types::memview_methods::tolist,
    MemToreadonly = "toreadonly" => crate::types::memview_methods::toreadonly,
    MemRelease = "release" => crate::types::memview_methods::release,
    MemCast = "cast" => crate::types::memview_methods::cast,
    MemEnter = "__enter__" => crate::types::memview_methods::enter,
    MemExit = "__exit__" => crate::types::memview_methods::exit,
    StrEncode = "encode" => bm::encode,
    IntToBytes = "to_bytes" => bm::to_bytes,
    IntFromBytes = "from_bytes" => bm::from_bytes,
    SetAdd = "add" => st::add,
    SetRemove = "remove" => st::remove,
    SetDiscard = "discard" => st::discard,
    SetPop = "pop" => st::pop,
    SetClear = "clear" => st::clear,
    SetCopy = "copy" => st::copy,
    SetUpdate = "update" => st::update,
    SetIntersectionUpdate = "intersection_update" => st::intersection_update,
    SetDifferenceUpdate = "difference_update" => st::difference_update,
    SetSymmetricDifferenceUpdate = "symmetric_difference_update" => st::symmetric_difference_update,
    SetUnion = "union" => st::union,
    SetIntersection = "intersection" => st::intersection,
    SetDifference = "difference" => st::difference,
    SetSymmetricDifference = "symmetric_difference" => st::symmetric_difference,
    SetIssubset = "issubset" => st::issubset,
    SetIssuperset = "issuperset" => st::issuperset,
    SetIsdisjoint = "isdisjoint" => st::isdisjoint,
    GenThrow = "throw" => crate::types::generator::throw,
    GenClose = "close" => crate::types::generator::close,
    AsyncGenAsend = "asend" => crate::types::async_gen::asend,
    AsyncGenAthrow = "athrow" => crate::types::async_gen::athrow,
    AsyncGenAclose = "aclose" => crate::types::async_gen::aclose,
    AsyncStepSend = "send" => crate::types::async_gen::step_send,
    AsyncStepThrow = "throw" => crate::types::async_gen::step_throw,
    AsyncStepClose = "close" => crate::types::async_gen::step_close,
    // struct.Struct and array.array
    StructPack = "pack" => crate::types::structobj::pack,
    StructPackInto = "pack_into" => crate::types::structobj::pack_into,
    StructUnpack = "unpack" => crate::types::structobj::unpack,
    StructUnpackFrom = "unpack_from" => crate::types::structobj::unpack_from,
    StructIterUnpack = "iter_unpack" => crate::types::structobj::iter_unpack,
    // hashlib's hash objects
    HashUpdate = "update" => crate::types::hashobj::update,
    HashDigest = "digest" => crate::types::hashobj::digest,
    HashHexdigest = "hexdigest" => crate::types::hashobj::hexdigest,
    HashCopy = "copy" => crate::types::hashobj::copy,
    ArrayAppend = "append" => crate::types::array_methods::append,
    ArrayExtend = "extend" => crate::types::array_methods::extend,
    ArrayInsert = "insert" => crate::types::array_methods::insert,
    ArrayPop = "pop" => crate::types::array_methods::pop,
    ArrayRemove = "remove" => crate::types::array_methods::remove,
    ArrayIndex = "index" => crate::types::array_methods::index,
    ArrayCount = "count" => crate::types::array_methods::count,
    ArrayReverse = "reverse" => crate::types::array_methods::reverse,
    ArrayByteswap = "byteswap" => crate::types::array_methods::byteswap,
    ArrayBufferInfo = "buffer_info" => crate::types::array_methods::buffer_info,
    ArrayFrombytes = "frombytes" => crate::types::array_methods::frombytes,
    ArrayTobytes = "tobytes" => crate::types::array_methods::tobytes,
    ArrayFromlist = "fromlist" => crate::types::array_methods::fromlist,
    ArrayTolist = "tolist" => crate::types::array_methods::tolist,
    ArrayFromunicode = "fromunicode" => crate::types::array_methods::fromunicode,
    ArrayTounicode = "tounicode" => crate::types::array_methods::tounicode,
    ArrayCopy = "__copy__" => crate::types::array_methods::copy,
    ArrayDeepcopy = "__deepcopy__" => crate::types::array_methods::deepcopy,
    // io: the methods of every stream (`types::stream_methods`).
    IoRead = "read" => io::read,
    IoRead1 = "read1" => io::read1,
    IoReadline = "readline" => io::readline,
    IoReadlines = "readlines" => io::readlines,
    IoWrite = "write" => io::write,
    IoWritelines = "writelines" => io::writelines,
    IoSeek = "seek" => crate::types::stream_seek::seek,
    IoTell = "tell" => crate::types::stream_seek::tell,
    IoTruncate = "truncate" => crate::types::stream_seek::truncate,
    IoFlush = "flush" => io::flush,
    IoClose = "close" => io::close,
    IoGetvalue = "getvalue" => io::getvalue,
    IoReadable = "readable" => io::readable,
    IoWritable = "writable" => io::writable,
    IoSeekable = "seekable" => io::seekable,
    IoIsatty = "isatty" => io::isatty,
    IoFileno = "fileno" => io::fileno,
    IoEnter = "__enter__" => io::enter,
    IoExit = "__exit__" => io::exit,
    IoIter = "__iter__" => io::iter,
    IoNext = "__next__" => io::next,
    // collections: deque (`types::deque_methods`), defaultdict and OrderedDict
    // (`types::dict_kinds`), Counter (`types::counter`), namedtuple classes
    // (`types::namedtuple`).
    DequeAppend = "append" => crate::types::deque_methods::append,
    DequeAppendleft = "appendleft" => crate::types::deque_methods::appendleft,
    DequePop = "pop" => crate::types::deque_methods::pop,
    DequePopleft = "popleft" => crate::types::deque_methods::popleft,
    DequeExtend = "extend" => crate::types::deque_methods::extend,
    DequeExtendleft = "extendleft" => crate::types::deque_methods::extendleft,
    DequeClear = "clear" => crate::types::deque_methods::clear,
    DequeCopy = "copy" => crate::types::deque_methods::copy,
    DequeDunderCopy = "__copy__" => crate::types::deque_methods::dunder_copy,
    DequeCount = "count" => crate::types::deque_methods::count,
    DequeIndex = "index" => crate::types::deque_methods::index,
    DequeInsert = "insert" => crate::types::deque_methods::insert,
    DequeRemove = "remove" => crate::types::deque_methods::remove,
    DequeReverse = "reverse" => crate::types::deque_methods::reverse,
    DequeRotate = "rotate" => crate::types::deque_methods::rotate,
    DefaultDictMissing = "__missing__" => crate::types::dict_kinds::missing,
    DefaultDictCopy = "copy" => crate::types::dict_kinds::defaultdict_copy,
    DefaultDictDunderCopy = "__copy__" => crate::types::dict_kinds::defaultdict_dunder_copy,
    OdMoveToEnd = "move_to_end" => crate::types::dict_kinds::move_to_end,
    OdPopitem = "popitem" => crate::types::dict_kinds::odict_popitem,
    OdCopy = "copy" => crate::types::dict_kinds::odict_copy,
    CounterMostCommon = "most_common" => crate::types::counter::most_common,
    CounterElements = "elements" => crate::types::counter::elements,
    CounterUpdate = "update" => crate::types::counter::update,
    CounterSubtract = "subtract" => crate::types::counter::subtract,
    CounterTotal = "total" => crate::types::counter::total,
    CounterCopy = "copy" => crate::types::counter::copy,
    CounterFromkeys = "fromkeys" => crate::types::counter::fromkeys,
    NtNew = "__new__" => crate::types::namedtuple_methods::new,
    NtMake = "_make" => crate::types::namedtuple_methods::make,
    NtReplace = "_replace" => crate::types::namedtuple_methods::replace,
    NtAsdict = "_asdict" => crate::types::namedtuple_methods::asdict,
    NtRepr = "__repr__" => crate::types::namedtuple_methods::repr,
    NtGetnewargs = "__getnewargs__" => crate::types::namedtuple_methods::getnewargs,
    // Special methods: those of `object` and `type`, and the slot wrappers of builtin
    // types, which act on the builtin value a subclass instance extends. Natives from
    // here on receive the instance itself as their first argument.
    ObjectNew = "__new__" => o::object_new,
    ObjectInit = "__init__" => o::object_init,
    ObjectSetattr = "__setattr__" => o::object_setattr,
    ObjectDelattr = "__delattr__" => o::object_delattr,
    ObjectGetattribute = "__getattribute__" => o::object_getattribute,
    ObjectEq = "__eq__" => o::object_eq,
    ObjectNe = "__ne__" => o::object_ne,
    ObjectHash = "__hash__" => o::object_hash,
    ObjectRepr = "__repr__" => o::object_repr,
    ObjectStr = "__str__" => o::object_str,
    ObjectFormat = "__format__" => o::object_format,
    ObjectInitSubclass = "__init_subclass__" => o::object_init_subclass,
    ObjectLt = "__lt__" => sl::lt,
    ObjectLe = "__le__" => sl::le,
    ObjectGt = "__gt__" => sl::gt,
    ObjectGe = "__ge__" => sl::ge,
    TypeNew = "__new__" => o::type_new,
    TypeInit = "__init__" => o::type_init,
    TypeCall = "__call__" => o::type_call,
    TypeInstancecheck = "__instancecheck__" => o::type_instancecheck,
    TypeSubclasscheck = "__subclasscheck__" => o::type_subclasscheck,
    BuiltinNew = "__new__" => o::builtin_new,
    ContainerInit = "__init__" => o::container_init,
    ExcInit = "__init__" => o::exception_init,
    ExcStr = "__str__" => sl::exc_str,
    ExcGroupNew = "__new__" => crate::types::exc_group::group_new,
    ExcGroupStr = "__str__" => crate::types::exc_group::group_str,
    ExcRepr = "__repr__" => sl::exc_repr,
    Getitem = "__getitem__" => sl::getitem,
    Setitem = "__setitem__" => sl::setitem,
    Delitem = "__delitem__" => sl::delitem,
    LenSlot = "__len__" => sl::len,
    Contains = "__contains__" => sl::contains,
    IterSlot = "__iter__" => sl::iter,
    BoolSlot = "__bool__" => sl::bool_,
    IntSlot = "__int__" => sl::int,
    FloatSlot = "__float__" => sl::float,
    IndexSlot = "__index__" => sl::index,
    Neg = "__neg__" => sl::neg,
    Pos = "__pos__" => sl::pos,
    AbsSlot = "__abs__" => sl::abs,
    Invert = "__invert__" => sl::invert,
    Add = "__add__" => sl::add,
    Sub = "__sub__" => sl::sub,
    Mul = "__mul__" => sl::mul,
    TrueDiv = "__truediv__" => sl::truediv,
    FloorDiv = "__floordiv__" => sl::floordiv,
    Mod = "__mod__" => sl::mod_,
    PowSlot = "__pow__" => sl::pow,
    LShift = "__lshift__" => sl::lshift,
    RShift = "__rshift__" => sl::rshift,
    And = "__and__" => sl::and,
    Or = "__or__" => sl::or,
    Xor = "__xor__" => sl::xor,
    RAdd = "__radd__" => sl::radd,
    RSub = "__rsub__" => sl::rsub,
    RMul = "__rmul__" => sl::rmul,
    RTrueDiv = "__rtruediv__" => sl::rtruediv,
    RFloorDiv = "__rfloordiv__" => sl::rfloordiv,
    RMod = "__rmod__" => sl::rmod,
    RPow = "__rpow__" => sl::rpow,
    RLShift = "__rlshift__" => sl::rlshift,
    RRShift = "__rrshift__" => sl::rrshift,
    RAnd = "__rand__" => sl::rand,
    ROr = "__ror__" => sl::ror,
    RXor = "__rxor__" => sl::rxor,
    IAdd = "__iadd__" => sl::iadd,
    DivmodSlot = "__divmod__" => sl::divmod,
    RoundSlot = "__round__" => sl::round,
    TruncSlot = "__trunc__" => sl::trunc,
    FloorSlot = "__floor__" => sl::floor,
    CeilSlot = "__ceil__" => sl::ceil,
    RDivmod = "__rdivmod__" => sl::rdivmod,
    GenNext = "__next__" => crate::types::generator::next,
    GenIter = "__iter__" => crate::types::generator::iter_self,
    AsyncGenAiter = "__aiter__" => crate::types::async_gen::aiter,
    AsyncGenAnext = "__anext__" => crate::types::async_gen::anext,
    AsyncStepNext = "__next__" => crate::types::async_gen::step_next,
    AnextSend = "send" => crate::types::anext::awaitable_send,
    AnextThrow = "throw" => crate::types::anext::awaitable_throw,
    AnextClose = "close" => crate::types::anext::awaitable_close,
    AnextNext = "__next__" => crate::types::anext::awaitable_send,
    AnextAwait = "__await__" => crate::types::anext::awaitable_self,
    AnextIter = "__iter__" => crate::types::anext::awaitable_self,
    AsyncStepIter = "__iter__" => crate::types::async_gen::step_self,
    AsyncStepAwait = "__await__" => crate::types::async_gen::step_self,
    CoroAwait = "__await__" => crate::types::generator::await_self,
    IMul = "__imul__" => sl::imul,
    IOr = "__ior__" => sl::ior,
    IAnd = "__iand__" => sl::iand,
    ISub = "__isub__" => sl::isub,
    IXor = "__ixor__" => sl::ixor,
    ReversedSlot = "__reversed__" => sl::reversed,
    ExcReduce = "__reduce__" => sl::exc_reduce,
    ExcSetstate = "__setstate__" => sl::exc_setstate,
    DescrGet = "__get__" => sl::descr_get,
    MemberSet = "__set__" => crate::types::member::member_set,
    MemberDelete = "__delete__" => crate::types::member::member_delete,
    PropSet = "__set__" => sl::property_set,
    PropDelete = "__delete__" => sl::property_delete,
    CallSlot = "__call__" => sl::call,
    NextSlot = "__next__" => sl::next_item,
    LengthHint = "__length_hint__" => crate::types::iter_hint::length_hint,
}

/// The `__new__` of builtin types: static methods, taking the class first.
pub fn is_static_new(n: u16) -> bool {
    crate::builtins::NATIVES
        .get(n as usize)
        .is_some_and(|native| native.name == "__new__")
}

/// Methods of builtin types that are class methods: reached through a type or an
/// instance, they receive the type.
pub fn is_class_method(n: u16) -> bool {
    n == N::BytesFromhex as u16
        || n == N::IntFromBytes as u16
        || n == N::DictFromkeys as u16
        || n == N::FloatFromhex as u16
        || n == N::StrMaketrans as u16
        || n == N::BytesMaketrans as u16
        || n == N::CounterFromkeys as u16
}

/// The methods of the collections types that receive a subclass instance itself, not the
/// builtin value it extends: a namedtuple's (which need its class and fields) and the
/// `copy`s that call the instance's class.
pub fn receives_instance(n: u16) -> bool {
    const OWN: &[N] = &[
        N::DequeCopy,
        N::DequeDunderCopy,
        N::DefaultDictCopy,
        N::DefaultDictDunderCopy,
        N::OdCopy,
        N::CounterCopy,
        N::NtMake,
        N::NtReplace,
        N::NtAsdict,
        N::NtRepr,
        N::NtGetnewargs,
    ];
    OWN.iter().any(|&m| m as u16 == n)
}

/// The names of the methods builtin type `t` defines itself (for `dir()`).
pub fn method_names(t: TypeId) -> Vec<Qstr> {
    (0..crate::qstr::STATIC.len() as u32)
        .map(Qstr)
        .filter(|&q| method_of(t, q).is_some())
        .collect()
}

/// The first native that is a method of a builtin type (the builtin functions come first).
pub const FIRST_METHOD: u16 = N::ListAppend as u16;

/// Whether `f` is a builtin function (`abs`), not a method of a builtin type: bound to a
/// receiver (by `classmethod` or `MethodType`) it makes a plain `method`, where a bound
/// builtin type method is a `builtin_function_or_method`.
pub fn is_builtin_function(f: Value) -> bool {
    f.as_native().is_some_and(|n| n < FIRST_METHOD)
}

/// The name of native function `f`.
pub fn native_name(f: Value) -> Option<&'static str> {
    f.as_native()
        .and_then(|n| NATIVES.get(usize::from(n)))
        .map(|n| n.name)
}

/// The first special-method native: these handle subclass instances themselves; the plain
/// methods before them receive the builtin value a subclass instance extends.
pub const FIRST_SPECIAL: u16 = N::ObjectNew as u16;

/// Whether special method `n` takes keyword arguments: the constructors, `__call__` and
/// `__init_subclass__`. Every other special method rejects them,
/// as CPython's slot wrappers do.
pub fn special_takes_keywords(n: u16) -> bool {
    NATIVES.get(usize::from(n)).is_none_or(|native| {
        matches!(
            native.name,
            "__new__" | "__init__" | "__call__" | "__init_subclass__"
        )
    })
}

/// Whether the method `name` of bytes, bytearray or memoryview takes keyword arguments;
/// the others reject them.
pub fn bytes_method_takes_keywords(name: &str) -> bool {
    matches!(
        name,
        "decode"
            | "hex"
            | "split"
            | "rsplit"
            | "splitlines"
            | "translate"
            | "expandtabs"
            | "tobytes"
            | "cast"
    )
}

/// Whether special method `n`, called on a `receiver` of type `t`, is a plain method in
/// CPython rather than a slot wrapper: its messages name the type (`int.__trunc__()`), not
/// `wrapper`.
pub fn special_is_method(n: u16, t: TypeId) -> bool {
    NATIVES
        .get(usize::from(n))
        .is_some_and(|native| match native.name {
            "__trunc__" | "__floor__" | "__ceil__" | "__round__" | "__format__"
            | "__length_hint__" | "__instancecheck__" | "__subclasscheck__" | "__reversed__" => {
                true
            }
            "__reduce__" | "__setstate__" => t.is_subtype(TypeId::BaseException),
            "__getitem__" => matches!(t, TypeId::List | TypeId::Dict),
            "__contains__" => matches!(t, TypeId::Dict | TypeId::Set | TypeId::FrozenSet),
            _ => false,
        })
}

/// Comparison and hashing slots every type with a value of its own has.
const VALUE_SLOTS: &[(Qstr, N)] = &[
    (Q::__eq__, N::ObjectEq),
    (Q::__ne__, N::ObjectNe),
    (Q::__lt__, N::ObjectLt),
    (Q::__le__, N::ObjectLe),
    (Q::__gt__, N::ObjectGt),
    (Q::__ge__, N::ObjectGe),
    (Q::__hash__, N::ObjectHash),
    (Q::__repr__, N::ObjectRepr),
];

/// The arithmetic slots of int (float has the same but the bitwise ones), and the
/// `__format__` numbers define for themselves.
const NUMBER_SLOTS: &[(Qstr, N)] = &[
    (Q::__format__, N::ObjectFormat),
    (Q::__add__, N::Add),
    (Q::__sub__, N::Sub),
    (Q::__mul__, N::Mul),
    (Q::__truediv__, N::TrueDiv),
    (Q::__floordiv__, N::FloorDiv),
    (Q::__mod__, N::Mod),
    (Q::__pow__, N::PowSlot),
    (Q::__radd__, N::RAdd),
    (Q::__rsub__, N::RSub),
    (Q::__rmul__, N::RMul),
    (Q::__rtruediv__, N::RTrueDiv),
    (Q::__rfloordiv__, N::RFloorDiv),
    (Q::__rmod__, N::RMod),
    (Q::__rpow__, N::RPow),
    (Q::__divmod__, N::DivmodSlot),
    (Q::__rdivmod__, N::RDivmod),
    (Q::__round__, N::RoundSlot),
    (Q::__trunc__, N::TruncSlot),
    (Q::__floor__, N::FloorSlot),
    (Q::__ceil__, N::CeilSlot),
    (Q::__neg__, N::Neg),
    (Q::__pos__, N::Pos),
    (Q::__abs__, N::AbsSlot),
    (Q::__bool__, N::BoolSlot),
    (Q::__int__, N::IntSlot),
    (Q::__float__, N::FloatSlot),
    (Q::__new__, N::BuiltinNew),
];

const INT_ONLY_SLOTS: &[(Qstr, N)] = &[
    (Q::__lshift__, N::LShift),
    (Q::__rshift__, N::RShift),
    (Q::__and__, N::And),
    (Q::__or__, N::Or),
    (Q::__xor__, N::Xor),
    (Q::__rlshift__, N::RLShift),
    (Q::__rrshift__, N::RRShift),
    (Q::__rand__, N::RAnd),
    (Q::__ror__, N::ROr),
    (Q::__rxor__, N::RXor),
    (Q::__invert__, N::Invert),
    (Q::__index__, N::IndexSlot),
];

const SEQUENCE_SLOTS: &[(Qstr, N)] = &[
    (Q::__len__, N::LenSlot),
    (Q::__getitem__, N::Getitem),
    (Q::__contains__, N::Contains),
    (Q::__iter__, N::IterSlot),
    (Q::__add__, N::Add),
    (Q::__mul__, N::Mul),
    (Q::__rmul__, N::RMul),
    (Q::__new__, N::BuiltinNew),
];

const MUTABLE_SLOTS: &[(Qstr, N)] = &[
    (Q::__setitem__, N::Setitem),
    (Q::__delitem__, N::Delitem),
    (Q::__init__, N::ContainerInit),
    (Q::__iadd__, N::IAdd),
    (Q::__imul__, N::IMul),
];

const OBJECT_SLOTS: &[(Qstr, N)] = &[
    (Q::__new__, N::ObjectNew),
    (Q::__init__, N::ObjectInit),
    (Q::__setattr__, N::ObjectSetattr),
    (Q::__delattr__, N::ObjectDelattr),
    (Q::__getattribute__, N::ObjectGetattribute),
    (Q::__str__, N::ObjectStr),
    (Q::__format__, N::ObjectFormat),
    (Q::__init_subclass__, N::ObjectInitSubclass),
];

/// The special method `name` of builtin type `t` (not of its bases).
fn slot_of(t: TypeId, name: Qstr) -> Option<N> {
    let find = |table: &[(Qstr, N)]| table.iter().find(|(q, _)| *q == name).map(|(_, n)| *n);
    match t {
        TypeId::Object => find(OBJECT_SLOTS).or_else(|| find(VALUE_SLOTS)),
        TypeId::Type => find(&[
            (Q::__new__, N::TypeNew),
            (Q::__init__, N::TypeInit),
            (Q::__call__, N::TypeCall),
            (Q::__instancecheck__, N::TypeInstancecheck),
            (Q::__subclasscheck__, N::TypeSubclasscheck),
            (Q::__repr__, N::ObjectRepr),
        ]),
        TypeId::Int => find(NUMBER_SLOTS)
            .or_else(|| find(INT_ONLY_SLOTS))
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::Float | TypeId::Complex => find(NUMBER_SLOTS).or_else(|| find(VALUE_SLOTS)),
        TypeId::Str => find(SEQUENCE_SLOTS)
            .or_else(|| {
                find(&[
                    (Q::__mod__, N::Mod),
                    (Q::__str__, N::ObjectStr),
                    (Q::__format__, N::ObjectFormat),
                ])
            })
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::Tuple => find(SEQUENCE_SLOTS).or_else(|| find(VALUE_SLOTS)),
        TypeId::Bytes => find(SEQUENCE_SLOTS)
            .or_else(|| find(&[(Q::__mod__, N::Mod)]))
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::ByteArray => find(SEQUENCE_SLOTS)
            .or_else(|| find(&[(Q::__mod__, N::Mod)]))
            .or_else(|| find(MUTABLE_SLOTS))
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::MappingProxy => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__getitem__, N::Getitem),
            (Q::__contains__, N::Contains),
            (Q::__iter__, N::IterSlot),
            (Q::__reversed__, N::ReversedSlot),
            (Q::__or__, N::Or),
            (Q::__ror__, N::ROr),
            (Q::__new__, N::BuiltinNew),
        ])
        .or_else(|| find(VALUE_SLOTS)),
        TypeId::NoneType => find(&[(Q::__bool__, N::BoolSlot)]),
        // bool's own: its repr and the logical operators that keep a bool a bool.
        TypeId::Bool => find(&[
            (Q::__repr__, N::ObjectRepr),
            (Q::__and__, N::And),
            (Q::__or__, N::Or),
            (Q::__xor__, N::Xor),
            (Q::__rand__, N::RAnd),
            (Q::__ror__, N::ROr),
            (Q::__rxor__, N::RXor),
        ]),
        TypeId::MemoryView => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__getitem__, N::Getitem),
            (Q::__setitem__, N::Setitem),
            (Q::__delitem__, N::Delitem),
            (Q::__iter__, N::IterSlot),
            (Q::__new__, N::BuiltinNew),
        ])
        .or_else(|| find(VALUE_SLOTS)),
        TypeId::Set | TypeId::FrozenSet => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__contains__, N::Contains),
            (Q::__iter__, N::IterSlot),
            (Q::__or__, N::Or),
            (Q::__and__, N::And),
            (Q::__sub__, N::Sub),
            (Q::__xor__, N::Xor),
            (Q::__ror__, N::ROr),
            (Q::__rand__, N::RAnd),
            (Q::__rsub__, N::RSub),
            (Q::__rxor__, N::RXor),
            (Q::__new__, N::BuiltinNew),
        ])
        .or_else(|| {
            if t == TypeId::Set {
                find(&[
                    (Q::__init__, N::ContainerInit),
                    (Q::__ior__, N::IOr),
                    (Q::__iand__, N::IAnd),
                    (Q::__isub__, N::ISub),
                    (Q::__ixor__, N::IXor),
                ])
            } else {
                None
            }
        })
        .or_else(|| find(VALUE_SLOTS)),
        TypeId::List => find(SEQUENCE_SLOTS)
            .or_else(|| find(MUTABLE_SLOTS))
            .or_else(|| find(&[(Q::__reversed__, N::ReversedSlot)]))
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::Range => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__getitem__, N::Getitem),
            (Q::__contains__, N::Contains),
            (Q::__iter__, N::IterSlot),
            (Q::__reversed__, N::ReversedSlot),
        ])
        .or_else(|| find(VALUE_SLOTS)),
        TypeId::Slice => find(VALUE_SLOTS),
        TypeId::Array => find(SEQUENCE_SLOTS)
            .or_else(|| {
                find(&[
                    (Q::__setitem__, N::Setitem),
                    (Q::__delitem__, N::Delitem),
                    (Q::__iadd__, N::IAdd),
                    (Q::__imul__, N::IMul),
                ])
            })
            .or_else(|| find(VALUE_SLOTS)),
        TypeId::Struct => find(&[(Q::__new__, N::BuiltinNew), (Q::__init__, N::ObjectInit)]),
        TypeId::ArrayIterator | TypeId::UnpackIterator => {
            find(&[(Q::__next__, N::NextSlot), (Q::__iter__, N::IterSlot)]).or_else(|| {
                (t == TypeId::UnpackIterator)
                    .then(|| find(&[(Q::__length_hint__, N::LengthHint)]))
                    .flatten()
            })
        }
        TypeId::Deque => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__getitem__, N::Getitem),
            (Q::__setitem__, N::Setitem),
            (Q::__delitem__, N::Delitem),
            (Q::__contains__, N::Contains),
            (Q::__iter__, N::IterSlot),
            (Q::__reversed__, N::ReversedSlot),
            (Q::__add__, N::Add),
            (Q::__mul__, N::Mul),
            (Q::__rmul__, N::RMul),
            (Q::__iadd__, N::IAdd),
            (Q::__imul__, N::IMul),
            (Q::__init__, N::ContainerInit),
            (Q::__new__, N::BuiltinNew),
        ])
        .or_else(|| find(VALUE_SLOTS)),
        TypeId::DequeIterator | TypeId::DequeReverseIterator | TypeId::HeapqMerge => {
            find(&[(Q::__next__, N::NextSlot), (Q::__iter__, N::IterSlot)]).or_else(|| {
                crate::types::iter_hint::has_length_hint(t)
                    .then(|| find(&[(Q::__length_hint__, N::LengthHint)]))
                    .flatten()
            })
        }
        TypeId::DictKeys | TypeId::DictItems | TypeId::DictValues => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__iter__, N::IterSlot),
            (Q::__reversed__, N::ReversedSlot),
        ])
        .or_else(|| {
            (t != TypeId::DictValues)
                .then(|| {
                    find(&[
                        (Q::__contains__, N::Contains),
                        (Q::__and__, N::And),
                        (Q::__or__, N::Or),
                        (Q::__sub__, N::Sub),
                        (Q::__xor__, N::Xor),
                        (Q::__rand__, N::RAnd),
                        (Q::__ror__, N::ROr),
                        (Q::__rsub__, N::RSub),
                        (Q::__rxor__, N::RXor),
                    ])
                })
                .flatten()
        }),
        TypeId::Dict => find(&[
            (Q::__len__, N::LenSlot),
            (Q::__getitem__, N::Getitem),
            (Q::__setitem__, N::Setitem),
            (Q::__delitem__, N::Delitem),
            (Q::__contains__, N::Contains),
            (Q::__iter__, N::IterSlot),
            (Q::__init__, N::ContainerInit),
            (Q::__new__, N::BuiltinNew),
            (Q::__eq__, N::ObjectEq),
            (Q::__ne__, N::ObjectNe),
            (Q::__repr__, N::ObjectRepr),
            (Q::__or__, N::Or),
            (Q::__ror__, N::ROr),
            (Q::__ior__, N::IOr),
            (Q::__reversed__, N::ReversedSlot),
        ]),
        // The iterators: `it.__next__()` is `next(it)`, `it.__iter__()` is `it`.
        TypeId::ListIterator
        | TypeId::ListReverseIterator
        | TypeId::TupleIterator
        | TypeId::StrIterator
        | TypeId::StrAsciiIterator
        | TypeId::BytesIterator
        | TypeId::ByteArrayIterator
        | TypeId::MemoryIterator
        | TypeId::RangeIterator
        | TypeId::LongRangeIterator
        | TypeId::DictKeyIterator
        | TypeId::DictValueIterator
        | TypeId::DictItemIterator
        | TypeId::DictReverseKeyIterator
        | TypeId::DictReverseValueIterator
        | TypeId::DictReverseItemIterator
        | TypeId::Enumerate
        | TypeId::Zip
        | TypeId::Iterator
        | TypeId::CallableIterator
        | TypeId::Map
        | TypeId::Filter
        | TypeId::Reversed
        | TypeId::Generator
        | TypeId::SetIterator => find(&[(Q::__next__, N::NextSlot), (Q::__iter__, N::IterSlot)])
            .or_else(|| {
                crate::types::iter_hint::has_length_hint(t)
                    .then(|| find(&[(Q::__length_hint__, N::LengthHint)]))
                    .flatten()
            }),
        TypeId::BaseException => find(&[
            (Q::__new__, N::BuiltinNew),
            (Q::__init__, N::ExcInit),
            (Q::__str__, N::ExcStr),
            (Q::__repr__, N::ExcRepr),
            (Q::__reduce__, N::ExcReduce),
            (Q::__setstate__, N::ExcSetstate),
        ]),
        TypeId::BaseExceptionGroup => {
            find(&[(Q::__new__, N::ExcGroupNew), (Q::__str__, N::ExcGroupStr)])
        }
        _ => None,
    }
}

/// The native method `name` of builtin type `t` (not of its bases).
pub fn method_of(t: TypeId, name: Qstr) -> Option<u16> {
    let table: &[(Qstr, N)] = match t {
        TypeId::List => &[
            (Q::append, N::ListAppend),
            (Q::pop, N::ListPop),
            (Q::insert, N::ListInsert),
            (Q::extend, N::ListExtend),
            (Q::remove, N::ListRemove),
            (Q::index, N::ListIndex),
            (Q::count, N::ListCount),
            (Q::clear, N::ListClear),
            (Q::copy, N::ListCopy),
            (Q::reverse, N::ListReverse),
            (Q::sort, N::ListSort),
        ],
        TypeId::Tuple => &[(Q::index, N::TupleIndex), (Q::count, N::TupleCount)],
        TypeId::Deque => &[
            (Q::append, N::DequeAppend),
            (Q::appendleft, N::DequeAppendleft),
            (Q::pop, N::DequePop),
            (Q::popleft, N::DequePopleft),
            (Q::extend, N::DequeExtend),
            (Q::extendleft, N::DequeExtendleft),
            (Q::clear, N::DequeClear),
            (Q::copy, N::DequeCopy),
            (Q::__copy__, N::DequeDunderCopy),
            (Q::count, N::DequeCount),
            (Q::index, N::DequeIndex),
            (Q::insert, N::DequeInsert),
            (Q::remove, N::DequeRemove),
            (Q::reverse, N::DequeReverse),
            (Q::rotate, N::DequeRotate),
        ],
        TypeId::DefaultDict => &[
            (Q::__missing__, N::DefaultDictMissing),
            (Q::copy, N::DefaultDictCopy),
            (Q::__copy__, N::DefaultDictDunderCopy),
        ],
        TypeId::OrderedDict => &[
            (Q::move_to_end, N::OdMoveToEnd),
            (Q::popitem, N::OdPopitem),
            (Q::copy, N::OdCopy),
        ],
        TypeId::Counter => &[
            (Q::most_common, N::CounterMostCommon),
            (Q::elements, N::CounterElements),
            (Q::update, N::CounterUpdate),
            (Q::subtract, N::CounterSubtract),
            (Q::total, N::CounterTotal),
            (Q::copy, N::CounterCopy),
            (Q::fromkeys, N::CounterFromkeys),
        ],
        TypeId::TupleGetter => &[(Q::__get__, N::DescrGet)],
        TypeId::Dict => &[
            (Q::get, N::DictGet),
            (Q::keys, N::DictKeys),
            (Q::values, N::DictValues),
            (Q::items, N::DictItems),
            (Q::pop, N::DictPop),
            (Q::setdefault, N::DictSetdefault),
            (Q::update, N::DictUpdate),
            (Q::clear, N::DictClear),
            (Q::copy, N::DictCopy),
            (Q::popitem, N::DictPopitem),
            (Q::fromkeys, N::DictFromkeys),
        ],
        TypeId::Complex => &[
            (Q::conjugate, N::ComplexConjugate),
            (Q::__complex__, N::ComplexDunderComplex),
        ],
        TypeId::Range => &[(Q::index, N::RangeIndex), (Q::count, N::RangeCount)],
        TypeId::Slice => &[(Q::indices, N::SliceIndicesMethod)],
        TypeId::Str => &[
            (Q::join, N::StrJoin),
            (Q::split, N::StrSplit),
            (Q::rsplit, N::StrRsplit),
            (Q::upper, N::StrUpper),
            (Q::lower, N::StrLower),
            (Q::strip, N::StrStrip),
            (Q::lstrip, N::StrLstrip),
            (Q::rstrip, N::StrRstrip),
            (Q::replace, N::StrReplace),
            (Q::startswith, N::StrStartswith),
            (Q::endswith, N::StrEndswith),
            (Q::find, N::StrFind),
            (Q::rfind, N::StrRfind),
            (Q::index, N::StrIndex),
            (Q::rindex, N::StrRindex),
            (Q::count, N::StrCount),
            (Q::format, N::StrFormat),
            (Q::format_map, N::StrFormatMap),
            (Q::isdigit, N::StrIsdigit),
            (Q::isalpha, N::StrIsalpha),
            (Q::isspace, N::StrIsspace),
            (Q::isupper, N::StrIsupper),
            (Q::islower, N::StrIslower),
            (Q::isalnum, N::StrIsalnum),
            (Q::isprintable, N::StrIsprintable),
            (Q::isdecimal, N::StrIsdecimal),
            (Q::isnumeric, N::StrIsnumeric),
            (Q::isidentifier, N::StrIsidentifier),
            (Q::istitle, N::StrIstitle),
            (Q::isascii, N::StrIsascii),
            (Q::casefold, N::StrCasefold),
            (Q::maketrans, N::StrMaketrans),
            (Q::translate, N::StrTranslate),
            (Q::splitlines, N::StrSplitlines),
            (Q::capitalize, N::StrCapitalize),
            (Q::title, N::StrTitle),
            (Q::swapcase, N::StrSwapcase),
            (Q::center, N::StrCenter),
            (Q::ljust, N::StrLjust),
            (Q::rjust, N::StrRjust),
            (Q::zfill, N::StrZfill),
            (Q::expandtabs, N::StrExpandtabs),
            (Q::partition, N::StrPartition),
            (Q::removeprefix, N::StrRemoveprefix),
            (Q::removesuffix, N::StrRemovesuffix),
            (Q::rpartition, N::StrRpartition),
            (Q::encode, N::StrEncode),
        ],
        TypeId::Int => &[
            (Q::bit_length, N::IntBitLength),
            (Q::bit_count, N::IntBitCount),
            (Q::conjugate, N::IntConjugate),
            (Q::as_integer_ratio, N::IntAsIntegerRatio),
            (Q::to_bytes, N::IntToBytes),
            (Q::from_bytes, N::IntFromBytes),
        ],
        TypeId::Bytes | TypeId::ByteArray => {
            const COMMON: &[(Qstr, N)] = &[
                (Q::decode, N::BytesDecode),
                (Q::hex, N::BytesHex),
                (Q::fromhex, N::BytesFromhex),
                (Q::find, N::BytesFind),
                (Q::rfind, N::BytesRfind),
                (Q::index, N::BytesIndex),
                (Q::rindex, N::BytesRindex),
                (Q::count, N::BytesCount),
                (Q::startswith, N::BytesStartswith),
                (Q::endswith, N::BytesEndswith),
                (Q::replace, N::BytesReplace),
                (Q::split, N::BytesSplit),
                (Q::rsplit, N::BytesRsplit),
                (Q::join, N::BytesJoin),
                (Q::strip, N::BytesStrip),
                (Q::lstrip, N::BytesLstrip),
                (Q::rstrip, N::BytesRstrip),
                (Q::upper, N::BytesUpper),
                (Q::lower, N::BytesLower),
                (Q::swapcase, N::BytesSwapcase),
                (Q::title, N::BytesTitle),
                (Q::capitalize, N::BytesCapitalize),
                (Q::isdigit, N::BytesIsdigit),
                (Q::isalpha, N::BytesIsalpha),
                (Q::isalnum, N::BytesIsalnum),
                (Q::isspace, N::BytesIsspace),
                (Q::isascii, N::BytesIsascii),
                (Q::isupper, N::BytesIsupper),
                (Q::islower, N::BytesIslower),
                (Q::istitle, N::BytesIstitle),
                (Q::partition, N::BytesPartition),
                (Q::rpartition, N::BytesRpartition),
                (Q::center, N::BytesCenter),
                (Q::ljust, N::BytesLjust),
                (Q::rjust, N::BytesRjust),
                (Q::zfill, N::BytesZfill),
                (Q::splitlines, N::BytesSplitlines),
                (Q::removeprefix, N::BytesRemoveprefix),
                (Q::removesuffix, N::BytesRemovesuffix),
                (Q::expandtabs, N::BytesExpandtabs),
                (Q::translate, N::BytesTranslate),
                (Q::maketrans, N::BytesMaketrans),
            ];
            const ARRAY: &[(Qstr, N)] = &[
                (Q::append, N::ByteArrayAppend),
                (Q::extend, N::ByteArrayExtend),
                (Q::insert, N::ByteArrayInsert),
                (Q::pop, N::ByteArrayPop),
                (Q::remove, N::ByteArrayRemove),
                (Q::clear, N::ByteArrayClear),
                (Q::reverse, N::ByteArrayReverse),
                (Q::copy, N::ByteArrayCopy),
            ];
            if t == TypeId::ByteArray
                && let Some(&(_, n)) = ARRAY.iter().find(|(q, _)| *q == name)
            {
                return Some(n as u16);
            }
            COMMON
        }
        TypeId::MemoryView => &[
            (Q::tobytes, N::MemTobytes),
            (Q::tolist, N::MemTolist),
            (Q::toreadonly, N::MemToreadonly),
            (Q::hex, N::BytesHex),
            (Q::release, N::MemRelease),
            (Q::cast, N::MemCast),
            (Q::__enter__, N::MemEnter),
            (Q::__exit__, N::MemExit),
        ],
        TypeId::Float => &[
            (Q::is_integer, N::FloatIsInteger),
            (Q::conjugate, N::FloatConjugate),
            (Q::as_integer_ratio, N::FloatAsIntegerRatio),
            (Q::hex, N::FloatHex),
            (Q::fromhex, N::FloatFromhex),
        ],
        TypeId::BaseException => &[
            (Q::with_traceback, N::ExcWithTraceback),
            (Q::add_note, N::ExcAddNote),
        ],
        TypeId::BaseExceptionGroup => &[
            (Q::derive, N::ExcGroupDerive),
            (Q::subgroup, N::ExcGroupSubgroup),
            (Q::split, N::ExcGroupSplit),
        ],
        TypeId::Property => &[
            (Q::getter, N::PropGetter),
            (Q::setter, N::PropSetter),
            (Q::deleter, N::PropDeleter),
            (Q::__get__, N::DescrGet),
            (Q::__set__, N::PropSet),
            (Q::__delete__, N::PropDelete),
        ],
        TypeId::Type => &[(Q::mro, N::TypeMro)],
        TypeId::MappingProxy => &[
            (Q::keys, N::ProxyKeys),
            (Q::values, N::ProxyValues),
            (Q::items, N::ProxyItems),
            (Q::get, N::ProxyGet),
            (Q::copy, N::ProxyCopy),
        ],
        TypeId::MemberDescriptor => &[
            (Q::__get__, N::DescrGet),
            (Q::__set__, N::MemberSet),
            (Q::__delete__, N::MemberDelete),
        ],
        TypeId::AsyncGenerator => &[
            (Q::__aiter__, N::AsyncGenAiter),
            (Q::__anext__, N::AsyncGenAnext),
            (Q::asend, N::AsyncGenAsend),
            (Q::athrow, N::AsyncGenAthrow),
            (Q::aclose, N::AsyncGenAclose),
        ],
        TypeId::AnextAwaitable => &[
            (Q::send, N::AnextSend),
            (Q::throw, N::AnextThrow),
            (Q::close, N::AnextClose),
            (Q::__next__, N::AnextNext),
            (Q::__iter__, N::AnextIter),
            (Q::__await__, N::AnextAwait),
        ],
        TypeId::AsyncGenASend | TypeId::AsyncGenAThrow => &[
            (Q::send, N::AsyncStepSend),
            (Q::throw, N::AsyncStepThrow),
            (Q::close, N::AsyncStepClose),
            (Q::__next__, N::AsyncStepNext),
            (Q::__iter__, N::AsyncStepIter),
            (Q::__await__, N::AsyncStepAwait),
        ],
        TypeId::Generator => &[
            (Q::send, N::GenSend),
            (Q::throw, N::GenThrow),
            (Q::close, N::GenClose),
            (Q::__next__, N::GenNext),
            (Q::__iter__, N::GenIter),
        ],
        TypeId::Set => &[
            (Q::add, N::SetAdd),
            (Q::remove, N::SetRemove),
            (Q::discard, N::SetDiscard),
            (Q::pop, N::SetPop),
            (Q::clear, N::SetClear),
            (Q::copy, N::SetCopy),
            (Q::update, N::SetUpdate),
            (Q::intersection_update, N::SetIntersectionUpdate),
            (Q::difference_update, N::SetDifferenceUpdate),
            (
                Q::symmetric_difference_update,
                N::SetSymmetricDifferenceUpdate,
            ),
            (Q::union, N::SetUnion),
            (Q::intersection, N::SetIntersection),
            (Q::difference, N::SetDifference),
            (Q::symmetric_difference, N::SetSymmetricDifference),
            (Q::issubset, N::SetIssubset),
            (Q::issuperset, N::SetIssuperset),
            (Q::isdisjoint, N::SetIsdisjoint),
        ],
        TypeId::DictKeys | TypeId::DictItems => &[(Q::isdisjoint, N::SetIsdisjoint)],
        TypeId::FrozenSet => &[
            (Q::copy, N::SetCopy),
            (Q::union, N::SetUnion),
            (Q::intersection, N::SetIntersection),
            (Q::difference, N::SetDifference),
            (Q::symmetric_difference, N::SetSymmetricDifference),
            (Q::issubset, N::SetIssubset),
            (Q::issuperset, N::SetIssuperset),
            (Q::isdisjoint, N::SetIsdisjoint),
        ],
        TypeId::Coroutine => &[
            (Q::send, N::GenSend),
            (Q::throw, N::GenThrow),
            (Q::close, N::GenClose),
            (Q::__await__, N::CoroAwait),
        ],
        TypeId::StaticMethod => &[(Q::__get__, N::DescrGet), (Q::__call__, N::CallSlot)],
        TypeId::Function | TypeId::ClassMethod | TypeId::MethodDescriptor => {
            &[(Q::__get__, N::DescrGet)]
        }
        TypeId::WrapperDescriptor => &[(Q::__get__, N::DescrGet), (Q::__call__, N::CallSlot)],
        TypeId::BuiltinFunction => &[(Q::__call__, N::CallSlot)],
        TypeId::Hash => &[
            (Q::update, N::HashUpdate),
            (Q::digest, N::HashDigest),
            (Q::hexdigest, N::HashHexdigest),
            (Q::copy, N::HashCopy),
        ],
        TypeId::Struct => &[
            (Q::pack, N::StructPack),
            (Q::pack_into, N::StructPackInto),
            (Q::unpack, N::StructUnpack),
            (Q::unpack_from, N::StructUnpackFrom),
            (Q::iter_unpack, N::StructIterUnpack),
        ],
        TypeId::Array => &[
            (Q::append, N::ArrayAppend),
            (Q::extend, N::ArrayExtend),
            (Q::insert, N::ArrayInsert),
            (Q::pop, N::ArrayPop),
            (Q::remove, N::ArrayRemove),
            (Q::index, N::ArrayIndex),
            (Q::count, N::ArrayCount),
            (Q::reverse, N::ArrayReverse),
            (Q::byteswap, N::ArrayByteswap),
            (Q::buffer_info, N::ArrayBufferInfo),
            (Q::frombytes, N::ArrayFrombytes),
            (Q::tobytes, N::ArrayTobytes),
            (Q::fromlist, N::ArrayFromlist),
            (Q::tolist, N::ArrayTolist),
            (Q::fromunicode, N::ArrayFromunicode),
            (Q::tounicode, N::ArrayTounicode),
            (Q::__copy__, N::ArrayCopy),
            (Q::__deepcopy__, N::ArrayDeepcopy),
        ],
        TypeId::StringIO
        | TypeId::BytesIO
        | TypeId::FileIO
        | TypeId::BufferedReader
        | TypeId::BufferedWriter
        | TypeId::BufferedRandom
        | TypeId::TextIOWrapper => return stream_method(t, name),
        _ => &[],
    };
    table
        .iter()
        .find(|(q, _)| *q == name)
        .map(|(_, n)| *n)
        .or_else(|| slot_of(t, name))
        .map(|n| n as u16)
}

/// The methods of the stream types: the ones every stream has, then each kind's own.
fn stream_method(t: TypeId, name: Qstr) -> Option<u16> {
    const COMMON: &[(Qstr, N)] = &[
        (Q::read, N::IoRead),
        (Q::readline, N::IoReadline),
        (Q::readlines, N::IoReadlines),
        (Q::write, N::IoWrite),
        (Q::writelines, N::IoWritelines),
        (Q::seek, N::IoSeek),
        (Q::tell, N::IoTell),
        (Q::truncate, N::IoTruncate),
        (Q::flush, N::IoFlush),
        (Q::close, N::IoClose),
        (Q::readable, N::IoReadable),
        (Q::writable, N::IoWritable),
        (Q::seekable, N::IoSeekable),
        (Q::isatty, N::IoIsatty),
        (Q::fileno, N::IoFileno),
        (Q::__enter__, N::IoEnter),
        (Q::__exit__, N::IoExit),
        (Q::__iter__, N::IoIter),
        (Q::__next__, N::IoNext),
    ];
    let own: &[(Qstr, N)] = match t {
        TypeId::StringIO => &[(Q::getvalue, N::IoGetvalue)],
        TypeId::BytesIO => &[(Q::getvalue, N::IoGetvalue), (Q::read1, N::IoRead1)],
        TypeId::BufferedReader | TypeId::BufferedWriter | TypeId::BufferedRandom => {
            &[(Q::read1, N::IoRead1)]
        }
        _ => &[],
    };
    COMMON
        .iter()
        .chain(own)
        .find(|(q, _)| *q == name)
        .map(|(_, n)| *n as u16)
}

/// The builtin functions, by name.
const FUNCTIONS: &[(Qstr, N)] = &[
    (Q::__import__, N::Import),
    (Q::print, N::Print),
    (Q::len, N::Len),
    (Q::repr, N::Repr),
    (Q::abs, N::Abs),
    (Q::min, N::Min),
    (Q::max, N::Max),
    (Q::isinstance, N::IsInstance),
    (Q::issubclass, N::IsSubclass),
    (Q::iter, N::Iter),
    (Q::aiter, N::Aiter),
    (Q::anext, N::Anext),
    (Q::next, N::Next),
    (Q::sum, N::Sum),
    (Q::any, N::Any),
    (Q::all, N::All),
    (Q::sorted, N::Sorted),
    (Q::chr, N::Chr),
    (Q::ord, N::Ord),
    (Q::hex, N::Hex),
    (Q::oct, N::Oct),
    (Q::bin, N::Bin),
    (Q::divmod, N::Divmod),
    (Q::pow, N::Pow),
    (Q::round, N::Round),
    (Q::hash, N::Hash),
    (Q::id, N::Id),
    (Q::callable, N::Callable),
    (Q::format, N::Format),
    (Q::__build_class__, N::BuildClass),
    (Q::getattr, N::Getattr),
    (Q::setattr, N::Setattr),
    (Q::hasattr, N::Hasattr),
    (Q::delattr, N::Delattr),
    (Q::vars, N::Vars),
    (Q::ascii, N::Ascii),
    (Q::eval, N::Eval),
    (Q::exec, N::Exec),
    (Q::compile, N::Compile),
    (Q::globals, N::Globals),
    (Q::locals, N::Locals),
    (Q::dir, N::Dir),
    (Q::input, N::Input),
    (Q::help, N::Help),
    (Q::open, N::Open),
];

/// The types visible as builtins.
const TYPES: &[TypeId] = &[
    TypeId::Object,
    TypeId::Type,
    TypeId::Int,
    TypeId::Bool,
    TypeId::Float,
    TypeId::Str,
    TypeId::List,
    TypeId::Tuple,
    TypeId::Dict,
    TypeId::Range,
    TypeId::Slice,
    TypeId::Enumerate,
    TypeId::Zip,
    TypeId::Complex,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Bytes,
    TypeId::ByteArray,
    TypeId::MemoryView,
    TypeId::Map,
    TypeId::Filter,
    TypeId::Reversed,
    TypeId::Property,
    TypeId::ClassMethod,
    TypeId::StaticMethod,
    TypeId::Super,
];

/// Builds the builtins dict.
pub(crate) fn make_builtins(vm: &mut Vm) -> Value {
    let Ok(b) = vm.new_dict() else {
        return Value::NONE;
    };
    vm.roots.push(b);
    for &(name, n) in FUNCTIONS {
        let _ = vm.dict_set(b, Value::qstr(name), Value::native(n as u16));
    }
    let types = TYPES.iter().copied().chain(
        TypeId::all()
            .iter()
            .copied()
            .filter(|t| t.is_exception() && t.module() == "builtins"),
    );
    for t in types {
        let name = vm.qstrs.intern(t.name());
        let _ = vm.dict_set(b, Value::qstr(name), Value::builtin_type(t));
    }
    let aliases = [
        ("EnvironmentError", TypeId::OSError),
        ("IOError", TypeId::OSError),
    ];
    for (name, t) in aliases {
        let q = vm.qstrs.intern(name);
        let _ = vm.dict_set(b, Value::qstr(q), Value::builtin_type(t));
    }
    for (name, v) in [
        ("None", Value::NONE),
        ("Ellipsis", Value::ELLIPSIS),
        ("NotImplemented", Value::NOT_IMPLEMENTED),
    ] {
        let q = vm.qstrs.intern(name);
        let _ = vm.dict_set(b, Value::qstr(q), v);
    }
    vm.roots.pop();
    b
}

/// The builtin type whose method native `n` is (`None` for a plain builtin function).
pub(crate) fn native_owner(vm: &Vm, n: u16) -> Option<TypeId> {
    let q = vm.qstrs.lookup(NATIVES.get(n as usize)?.name)?;
    TypeId::all()
        .iter()
        .copied()
        .find(|&t| method_of(t, q) == Some(n))
}

/// The receiver `args[0]` of method `name` of `owner` when `fits` accepts it, else
/// `wrong_receiver`'s error.
pub(crate) fn checked_receiver(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    owner: &str,
    fits: impl Fn(&Vm, Value) -> bool,
) -> crate::vm::PyResult<Value> {
    match args.first() {
        Some(&v) if fits(vm, v) => Ok(v),
        other => {
            let receiver = other.copied();
            Err(wrong_receiver(vm, name, owner, receiver))
        }
    }
}

/// The error of a builtin method called on a value of the wrong type (`str.upper(5)`), or
/// on nothing at all.
pub(crate) fn wrong_receiver(
    vm: &mut Vm,
    name: &str,
    owner: &str,
    receiver: Option<Value>,
) -> crate::vm::Raised {
    let msg = match receiver {
        Some(v) => format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name_of(v)
        ),
        None => format!("unbound method {owner}.{name}() needs an argument"),
    };
    vm.type_error(&msg)
}

pub(crate) fn arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    // A method named `type.name` keeps its type in CPython's exact-count messages only.
    let msg = match (min, max) {
        (1, 1) => format!("{name}() takes exactly one argument ({n} given)"),
        (0, 0) => format!("{name}() takes no arguments ({n} given)"),
        _ => {
            let bare = name.rsplit('.').next().unwrap_or(name);
            return args::positional(vm, bare, args, min, max);
        }
    };
    Err(vm.type_error(&msg))
}
