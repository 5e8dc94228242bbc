// objects.h — LoopLab Python's heap objects: str, list, tuple, dict, set, range, functions, classes, instances,
// exceptions, generators/coroutines, modules and iterators. (asyncio's objects are in module_asyncio.h.)
//
// Usage:
//   value s = make_str(vm, "abc");
//   auto* l = new_list(vm);  l->items.push_back(value::from_int(1));  value lv = value::from_obj(l);
//   dict_object* d = ...; d->set(vm, key, val);  value* found = d->find(vm, key);
// [SECTION] kinds  [SECTION] containers  [SECTION] code and functions  [SECTION] classes  [SECTION] generators
#pragma once

#include "python/value.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace looplab::python {

class vm;

// [SECTION] kinds ----------------------------------------------------------------------------------------------
enum class kind : std::uint8_t {
    str,
    list,
    tuple,
    dict,
    set,
    range,
    slice,
    cell,
    code,
    function,
    native_function,
    bound_method,
    type,
    instance,
    exception,
    generator,  // also coroutines (the flag tells)
    module,
    iterator,  // every built-in iterator (iterator_object::what)
    property,
    staticmethod,
    classmethod,
    super,
    asyncio,  // asyncio's objects (module_asyncio.h)
    other,
};

// [SECTION] containers -----------------------------------------------------------------------------------------
struct str_object : object {
    std::string s;  // UTF-8
    std::int64_t hash = -1;  // cached, -1 = not computed
    str_object() : object(kind::str) {}
};

struct list_object : object {
    std::vector<value> items;
    list_object() : object(kind::list) {}
};

struct tuple_object : object {
    std::vector<value> items;
    tuple_object() : object(kind::tuple) {}
};

// An insertion-ordered hash table (dict; set with unused values): entries in order, an open-addressing index.
struct dict_object : object {
    struct entry {
        value key;
        value val;
        std::int64_t hash = 0;
        bool live = false;
    };
    std::vector<entry> entries;  // in insertion order (dead ones until compaction)
    std::vector<std::int32_t> index;  // -1 empty, -2 deleted, else entry index
    std::size_t live_count = 0;
    explicit dict_object(kind kk = kind::dict) : object(kk) {}

    std::size_t size() const { return live_count; }
    value* find(vm& m, const value& key);  // null if absent (or error pending: check m.failed())
    bool set(vm& m, const value& key, value v);  // false on an unhashable key (error pending)
    bool erase(vm& m, const value& key);  // false if absent
    void clear();
    void rebuild();
    std::vector<std::size_t> set_order() const;  // entry indices in CPython's set iteration order
};

struct range_object : object {
    std::int64_t start = 0, stop = 0, step = 1;
    range_object() : object(kind::range) {}
    std::int64_t length() const {
        if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
        return start > stop ? (start - stop - step - 1) / (-step) : 0;
    }
};

struct slice_object : object {
    value start, stop, step;
    slice_object() : object(kind::slice) {}
};

// [SECTION] code and functions ----------------------------------------------------------------------------------
struct cell_object : object {
    value v = value::error();  // error = empty cell
    cell_object() : object(kind::cell) {}
};

// One try-block's exception handler: see vm_dispatch.cpp.
struct line_entry {
    std::uint32_t ip;  // first instruction of the run
    std::int32_t line;  // its source line
};

struct module_object;

struct code_object : object {
    std::string name;  // function name ("<module>", "<lambda>", "<listcomp>", ...)
    std::string qualname;
    std::vector<std::uint32_t> ops;  // opcode | arg << 8
    std::vector<value> consts;
    std::vector<std::string> names;  // global / attribute names
    std::vector<std::string> varnames;  // fast locals: parameters first
    std::vector<std::string> cellnames;  // locals captured by inner functions (slots after varnames)
    std::vector<std::string> freenames;  // captured from outside (slots after cellnames)
    std::vector<std::int32_t> cell_param;  // for each cell: the parameter slot it starts from, or -1
    std::vector<line_entry> lines;  // line table
    int argcount = 0, posonly = 0, kwonly = 0;
    bool varargs = false, varkw = false;
    bool is_generator = false, is_coroutine = false;
    bool is_class_body = false, is_module = false;
    bool library = false;  // LoopLab's own Python (the asyncio prelude): tracebacks show no source line
    int first_line = 0;
    std::vector<std::int32_t> global_cache;  // names[i] -> module slot, -1 unknown
    struct module_attr_entry {
        const module_object* module = nullptr;  // modules live until the run ends (vm::modules), so never reused
        std::int32_t slot = -1;
    };
    std::vector<module_attr_entry> module_attr_cache;  // names[i] as an attribute of a module (or a builtin)
    struct method_entry {
        const object* type = nullptr;  // the type whose native method names[i] is (held by type_ref)
        value type_ref;
        value method;  // that native method
    };
    std::vector<method_entry> method_cache;  // names[i] as a built-in method (load_method, vm_names.cpp)
    code_object() : object(kind::code) {}
    int line_at(std::uint32_t ip) const;  // the source line of instruction ip
    std::size_t nslots() const { return varnames.size() + cellnames.size() + freenames.size(); }
};

// Where a call was made (a code object and the instruction after the call), for a warning that is rarely printed:
// the line is looked up only then. Code objects outlive every object of a run (vm::all_code holds each compiled
// module, whose constants hold the code of its functions).
struct call_site {
    const code_object* code = nullptr;
    std::uint32_t ip = 0;
    int line() const { return code ? code->line_at(ip == 0 ? 0 : ip - 1) : 0; }
};

struct function_object : object {
    code_object* code = nullptr;  // owned reference (held in code_ref)
    value code_ref;
    module_object* module = nullptr;  // globals
    value module_ref;
    std::vector<value> defaults;  // for the last positional parameters
    std::vector<std::pair<std::string, value>> kwdefaults;
    std::vector<value> closure;  // cells
    std::string name, qualname;
    value dict;  // attributes set on the function (a dict or None)
    bool is_async_coroutine_decorated = false;  // @asyncio.coroutine
    function_object() : object(kind::function) {}
};

// Arguments of a native call.
struct call_args {
    const value* pos = nullptr;  // positional arguments
    std::size_t npos = 0;
    const value* kwvalues = nullptr;  // keyword argument values
    const std::string* const* kwnames = nullptr;  // their names
    std::size_t nkw = 0;
    const value& operator[](std::size_t i) const { return pos[i]; }
    const value* kw(std::string_view name) const;  // a keyword argument by name, or null
};

using native_fn = value (*)(vm& m, const value& self, const call_args& args);

struct native_function_object : object {
    native_fn fn = nullptr;
    value self;  // bound receiver (or None)
    std::string name;
    bool is_method = false;  // a type's method: called unbound, its first argument is self
    native_function_object() : object(kind::native_function) {}
};

struct bound_method_object : object {
    value func;
    value self;
    bound_method_object() : object(kind::bound_method) {}
};

struct module_object : object {
    std::string name;
    std::vector<value> slots;  // globals; error = unbound
    std::unordered_map<std::string, std::int32_t> index;
    std::vector<std::string> slot_names;
    module_object() : object(kind::module) {}
    std::int32_t slot_of(const std::string& n);  // creates the slot if needed
    value* get(const std::string& n);  // null if unbound
    void set(const std::string& n, value v) { slots[static_cast<std::size_t>(slot_of(n))] = std::move(v); }
};

// [SECTION] classes ----------------------------------------------------------------------------------------------
// An attribute table in insertion order (classes and instances are small).
struct attr_table {
    std::vector<std::pair<std::string, value>> items;
    value* find(std::string_view n) {
        for (auto& [k, v] : items)
            if (k == n) return &v;
        return nullptr;
    }
    void set(std::string_view n, value v) {
        if (value* p = find(n)) {
            *p = std::move(v);
            return;
        }
        items.emplace_back(std::string(n), std::move(v));
    }
    bool erase(std::string_view n) {
        for (auto it = items.begin(); it != items.end(); ++it)
            if (it->first == n) {
                items.erase(it);
                return true;
            }
        return false;
    }
};

struct type_object : object {
    std::string name;
    type_object* base = nullptr;
    value base_ref;
    attr_table dict;  // methods and class attributes
    std::unordered_map<std::string, value> native_methods;  // built-in methods (fast lookup)
    kind instance_kind = kind::instance;  // what calling it makes, for built-in types
    bool is_exception = false;  // BaseException or a subclass
    bool is_builtin = false;
    std::string module_name = "builtins";
    type_object() : object(kind::type) {}
    bool is_subtype_of(const type_object* t) const {
        for (const type_object* c = this; c; c = c->base)
            if (c == t) return true;
        return false;
    }
};

struct instance_object : object {
    attr_table attrs;
    explicit instance_object(kind kk = kind::instance) : object(kk) {}
};

struct traceback_entry {
    code_object* code;  // kept alive by the script's code list
    int line;
};

struct exception_object : instance_object {
    value args;  // a tuple
    std::vector<traceback_entry> tb;  // innermost first
    value cause, context;  // exceptions or None
    bool suppress_context = false;
    bool retrieved = false;
    exception_object() : instance_object(kind::exception) {}
};

struct property_object : object {
    value fget, fset;
    property_object() : object(kind::property) {}
};

struct wrapper_object : object {  // staticmethod / classmethod
    value func;
    explicit wrapper_object(kind kk) : object(kk) {}
};

struct super_object : object {
    type_object* start = nullptr;  // search after this class
    value self;
    super_object() : object(kind::super) {}
};

// [SECTION] generators ------------------------------------------------------------------------------------------
struct frame;

enum class gen_state : std::uint8_t { created, suspended, running, closed };

struct generator_object : object {
    frame* f = nullptr;  // owned; null once closed
    gen_state state = gen_state::created;
    bool coroutine = false;  // a coroutine (async def or @asyncio.coroutine)
    bool awaited = false;  // someone started or took it (no "never awaited" warning)
    std::string name, qualname;
    int created_line = 0;  // the function's def line
    call_site called_at;  // where it was called (the line of "never awaited")
    vm* owner = nullptr;
    generator_object() : object(kind::generator) {}
    ~generator_object() override;
};

// Built-in iterators: what they iterate and where they are.
enum class iter_what : std::uint8_t {
    seq,  // list / tuple / str by index
    range,
    dict_keys,
    dict_values,
    dict_items,
    enumerate,
    zip,
    map,
    filter,
    reversed,
    call_sentinel,
    callable_iter,  // a native generator-like producer
};

struct iterator_object : object {
    iter_what what = iter_what::seq;
    value src;  // the iterated object
    std::vector<value> parts;  // zip / map: the iterators; map/filter: parts[0] = function
    std::int64_t pos = 0, end = 0, step = 1;
    iterator_object() : object(kind::iterator) {}
};

}  // namespace looplab::python
