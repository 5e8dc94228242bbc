// vm.h — LoopLab Python's virtual machine: heap frames, threads of frames, the dispatch loop's entry points,
// calls, attributes, errors and the built-in types. One vm runs one script (script_state owns it).
//
// Usage (inside the interpreter):
//   vm& m = ...;
//   value r = m.call(callable, args);                   // a nested call from native code (bounded depth)
//   if (r.is_error()) return r;                          // the exception is pending in m
//   return m.raise(m.t_value_error, "bad value");        // raising from native code
// A thread is a chain of frames (the module's code, or one asyncio Task's coroutine). Python-to-Python calls
// push a frame and continue in the same dispatch loop; a coroutine suspends by returning from it.
#pragma once

#include "core/event_loop.h"
#include "python/bytecode.h"
#include "python/interpreter.h"
#include "python/mersenne_twister.h"
#include "python/object_heap.h"
#include "python/objects.h"
#include "python/value_vector.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::python {

struct library_module;  // library_module.h

struct block {
    std::uint32_t handler;
    std::uint32_t sp;
};

enum class entry : std::uint8_t { call, gen, root };

struct frame {
    code_object* code = nullptr;
    value code_ref;
    module_object* module = nullptr;
    value module_ref;
    value_vector<4> slots;  // locals, cells, free cells (most functions have at most 4)
    value_stack stack;
    std::vector<block> blocks;
    std::vector<value> handled;  // exceptions being handled (innermost last)
    std::uint32_t ip = 0;
    entry how = entry::call;
    std::uint8_t reply = 0;  // 1: a generator yielded to this frame, 2: it returned (value in reply_value)
    frame* back = nullptr;
    generator_object* gen = nullptr;  // the generator this frame belongs to
    value ns;  // class body: the namespace (a dict)
    value push_instead;  // __init__ frames: push this instead of the return value
    value class_header;  // class body frames: the tuple (name, bases) of the class to build on return
    value reply_value;
    int line() const { return code->line_at(ip == 0 ? 0 : ip - 1); }
};

struct task_object;

struct thread {
    frame* top = nullptr;  // the running frame
    int depth = 0;  // Python frames on this thread
    task_object* task = nullptr;  // the asyncio Task, or null (module level / nested)
};

enum class exec_status : std::uint8_t { returned, yielded, error, parked, suspend_main, aborted };

class vm {
public:
    explicit vm(const run_config& cfg);
    ~vm();
    vm(const vm&) = delete;
    vm& operator=(const vm&) = delete;

    // Every object of the run (declared first, so destroyed last: ~vm drops the objects, and references that
    // members still hold go after that, while the pages are still there).
    object_heap heap;

    // [SECTION] execution
    exec_status execute(thread& t, bool sliced,
                        bool raise_pending = false);  // runs t until it returns, yields, fails, or the slice ends
    value result;  // returned / yielded value of the last execute
    value call(const value& callable, const value* args, std::size_t n, const call_args* kw = nullptr);  // nested
    value call0(const value& f) { return call(f, nullptr, 0); }
    value call1(const value& f, const value& a) { return call(f, &a, 1); }
    value call_method(const value& self, std::string_view name, const value* args, std::size_t n);
    // Sends into / throws into a generator from native code: status yielded/returned/error, value in result.
    exec_status gen_resume(generator_object* g, const value& send, const value* throw_exc);
    frame* make_frame(function_object* f, const value* args, std::size_t n, const call_args* kw);  // binds args
    frame* alloc_frame();  // a recycled or new frame
    void free_frame(frame* f);  // back to the pool
    std::vector<frame*> m_free_frames;
    // Frames are made a heap page at a time (object_heap::allocate_raw_page: they share its prefaulted chunks).
    static constexpr std::size_t frame_block_size = object_heap::page_bytes / sizeof(frame);
    std::vector<frame*> m_frame_blocks;  // every block of frames made (pooled, running or a generator's)

    // [SECTION] errors
    value raise(type_object* t, std::string msg);  // sets the pending exception; returns value::error()
    value raise_value(value exc);  // raises an exception object or class
    value pending;  // the pending exception (exception_object)
    bool failed() const { return pending.is_obj(); }
    value take_pending() { return std::exchange(pending, value::none()); }
    value make_exception(type_object* t, std::string msg);
    bool exc_matches(const value& exc, const value& type_or_tuple);
    std::string format_traceback(const value& exc);  // CPython's layout
    std::string exception_line(const value& exc);  // "ValueError: msg"
    void abort(std::string message);  // a limit: the run stops (not catchable)
    bool aborted = false;
    std::string abort_message;

    // [SECTION] values and protocols (vm_ops.cpp, vm_attr.cpp)
    type_object* type_of(const value& v) const;
    value get_attr(const value& obj, std::string_view name, bool raise_missing = true);
    bool set_attr(const value& obj, std::string_view name, value v);
    bool del_attr(const value& obj, std::string_view name);
    value lookup_class(type_object* t, std::string_view name);  // error if absent (not raised)
    value binary(int op, const value& a, const value& b);  // binary_op numbering (+16 in-place)
    value unary(int op, const value& a);
    value compare(int op, const value& a, const value& b);  // cmp_op eq..gt_e -> a value (maybe user's)
    int truthy(const value& v);  // 1, 0, or -1 on error
    int equals(const value& a, const value& b);  // 1, 0, -1 error
    int less(const value& a, const value& b);  // 1, 0, -1 error
    int contains(const value& container, const value& item);
    std::int64_t hash(const value& v, bool& ok);
    value str(const value& v);  // str(v) as a str value
    value repr(const value& v);
    bool str_of(const value& v, std::string& out);  // appends str(v); false on error
    bool repr_of(const value& v, std::string& out);
    bool repr_inner(const value& v, std::string& out);
    std::vector<const object*> repr_stack;  // containers being repr'd (cycles print as [...])
    value get_iter(const value& v);
    value next(const value& it, bool& exhausted);  // error, or exhausted, or the item
    bool to_vector(const value& iterable, std::vector<value>& out);  // list(iterable)
    value subscript(const value& obj, const value& key);
    bool store_subscript(const value& obj, const value& key, value v);
    bool delete_subscript(const value& obj, const value& key);
    value format(const value& v, std::string_view spec);
    bool index_of(const value& v, std::int64_t& out);  // int-like -> int64
    std::int64_t length(const value& v);  // -1 on error

    // [SECTION] construction
    value str_value(std::string_view s);
    value new_list(std::vector<value> items = {});
    value new_tuple(std::vector<value> items = {});
    value new_dict();
    value new_set();
    value new_native(std::string_view name, native_fn fn, value self = value::none());
    type_object* new_type(std::string_view name, type_object* base, kind instance_kind);
    void add_methods(type_object* t, std::initializer_list<std::pair<const char*, native_fn>> methods);
    value interned(std::string_view s);  // shared str objects for names
    value empty_tuple;

    // [SECTION] modules and builtins
    module_object* main_module = nullptr;
    value main_ref;
    module_object* builtins = nullptr;
    value builtins_ref;
    std::vector<std::pair<std::string, value>> modules;  // imported modules
    value import(std::string_view name);
    void adopt_code(code_object* c);  // sets the types of a compiled module's constants
    value load_prelude(std::string_view name, const library_module& compiled);  // runs a copy of a library module

    // [SECTION] built-in types
    type_object *t_object, *t_type, *t_none, *t_bool, *t_int, *t_float, *t_str, *t_list, *t_tuple, *t_dict, *t_set,
        *t_range, *t_slice, *t_function, *t_native, *t_method, *t_module, *t_generator, *t_coroutine, *t_iterator,
        *t_cell, *t_code, *t_property, *t_staticmethod, *t_classmethod, *t_super, *t_frozenset, *t_dict_keys,
        *t_dict_values, *t_dict_items;
    type_object *t_base_exception, *t_exception, *t_value_error, *t_type_error, *t_key_error, *t_index_error,
        *t_lookup_error, *t_zero_division, *t_arithmetic_error, *t_runtime_error, *t_name_error, *t_unbound_local,
        *t_attribute_error, *t_assertion_error, *t_stop_iteration, *t_stop_async_iteration, *t_recursion_error,
        *t_overflow_error, *t_not_implemented_error, *t_timeout_error, *t_memory_error, *t_import_error,
        *t_module_not_found, *t_generator_exit, *t_keyboard_interrupt, *t_os_error, *t_syntax_error, *t_cancelled_error,
        *t_invalid_state, *t_warning, *t_runtime_warning, *t_deprecation_warning, *t_user_warning, *t_exception_group,
        *t_base_exception_group, *t_unicode_error;
    std::vector<value> type_refs;
    value not_implemented, ellipsis;

    // [SECTION] the run (output, time, random, asyncio)
    const run_config& cfg;
    event_loop loop;
    std::string out_text, err_text;  // stdout and stderr
    std::vector<printed_line> lines;
    std::vector<run_warning> warnings;
    std::string partial_line;
    std::uint32_t current_task_id = 0;  // core id of the running task (0 = module level)
    task_object* current_task = nullptr;
    mersenne_twister rng;
    std::uint64_t ticks = 0, tick_limit = 0;
    bool slice_over = false;
    int native_depth = 0;
    int depth_base = 0;  // Python depth of the thread that made a nested call
    std::size_t memory_used = 0;
    bool reserve_memory(std::size_t bytes);  // false (MemoryError pending) beyond the budget
    void write_out(std::string_view s);
    void warn(std::string text);  // a line on stderr (a note of the running task)
    void warn(std::string text, warning_kind kind, std::uint32_t task);  // a warning about core task `task`
    struct asyncio_state* aio = nullptr;  // module_asyncio.cpp
    std::vector<value> all_code;  // keeps code objects alive for tracebacks
    std::string source;
    std::vector<std::string> source_lines;
    std::string filename;
    bool tearing_down = false;  // ~vm: no more warnings
    bool main_sliced = false;  // the main thread runs in script_run's sliced dispatch
    // [SECTION] event lines (vm_event_lines.cpp): per core event, the script line its task was at when it happened
    const thread* module_thread = nullptr;  // module-level code's thread (script_run's), for task 0's line
    std::vector<std::int32_t> event_lines;  // event_lines[i]: loop.events()[i]'s task's line (0: none known)
    void record_event_lines();  // gives the events recorded since the last call their tasks' lines now
    int script_line_of(std::uint32_t core_id) const;  // the user's line task core_id is at now (0: module level)
    int suspend_request = 0;  // a native asked the main thread to wait for the loop (1)
    value suspend_arg;
    thread* running_thread = nullptr;
    // Where the running frame is (a native's caller), or nowhere outside any frame.
    call_site caller_site() const {
        return running_thread && running_thread->top ? call_site{running_thread->top->code, running_thread->top->ip}
                                                     : call_site{};
    }
};

// Native helpers.
// Raises check_args's TypeError for a wrong positional argument count; returns false.
bool raise_arg_count(vm& m, const call_args& a, std::size_t min, std::size_t max, std::string_view fname);
// True if a has min..max positional arguments; otherwise raises TypeError (inline: called by every native).
inline bool check_args(vm& m, const call_args& a, std::size_t min, std::size_t max, std::string_view fname) {
    if (a.npos >= min && a.npos <= max) [[likely]]
        return true;
    return raise_arg_count(m, a, min, max, fname);
}
std::string type_name(vm& m, const value& v);
std::string float_repr_text(double d);
const std::string& str_of_value(const value& v);  // v is a str
value make_str(vm& m, std::string s);

// Registration of the modules' and builtins' tables.
void install_builtins(vm& m);  // builtins.cpp
void install_exceptions(vm& m);  // exceptions.cpp
void install_type_methods(vm& m);  // objects_methods.cpp
value make_module_random(vm& m);
value make_module_time(vm& m);
value make_module_math(vm& m);
value make_module_asyncio(vm& m);

}  // namespace looplab::python
