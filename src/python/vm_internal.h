// vm_internal.h — helpers of the dispatch loop shared by vm_dispatch.cpp, vm_call.cpp and vm_frames.cpp.
#pragma once

#include "python/ast.h"
#include "python/vm.h"

namespace looplab::python {

inline value pop_value(value_stack& st) { return st.pop(); }

std::string slot_name(const code_object* c, std::uint32_t slot);
// The byte length of the UTF-8 sequence that starts with lead byte c (str iteration and indexing).
inline std::size_t utf8_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
value* global_slot_lookup(vm& m, frame& f, std::uint32_t name);  // null: NameError pending
value* module_attr_lookup(frame& f, module_object* mod, std::uint32_t name);  // mod's bound names[name], or null
// The two above with their caches' hits inline (the dispatch loop's LOAD_GLOBAL and a module's LOAD_ATTR).
inline value* global_slot(vm& m, frame& f, std::uint32_t name) {
    if (const std::int32_t cached = f.code->global_cache[name]; cached >= 0) [[likely]] {
        value* v = &f.module->slots[static_cast<std::size_t>(cached)];
        if (!v->is_error()) [[likely]]
            return v;
    }
    return global_slot_lookup(m, f, name);
}
inline value* module_attr(frame& f, module_object* mod, std::uint32_t name) {
    if (const auto& e = f.code->module_attr_cache[name]; e.module == mod) [[likely]] {
        value* v = &mod->slots[static_cast<std::size_t>(e.slot)];
        return v->is_error() ? nullptr : v;
    }
    return module_attr_lookup(f, mod, name);
}
bool load_method(vm& m, frame& f, std::uint32_t name);  // names[name] of the stack's top: pushes method, self
bool unpack_into(vm& m, value_stack& st, std::vector<value>& items, bool ex, std::uint32_t arg);
// Appends the items of the generator on top of f's stack to the list arg below it; pops the generator once it is
// exhausted, leaves it there when the slice ends first. false: error pending.
bool extend_from_generator(vm& m, frame* f, std::uint32_t arg);
// 0 done (result pushed), 1 a frame was pushed (f changed), 2 suspend the main thread, -1 error.
int do_call(vm& m, thread& t, frame*& f, op o, std::uint32_t arg);
// op::call of a native function (asyncio.sleep, a list's append, ...), which the dispatch loop calls before do_call:
// the same dispatch as vm::call's, reading the arguments where they are on the stack; do_call's result codes.
int call_native_positional(vm& m, value_stack& st, std::uint32_t arg);
value make_function_value(vm& m, frame& f, std::uint32_t flags);
bool return_to(vm& m, frame* f, frame* back, value r);  // pops f, delivers r to back; false: error pending
void finish_frame(vm& m, frame* f, bool is_root);  // a frame ended (returned or raised)
bool enter_generator(vm& m, thread& t, frame*& f, generator_object* g, const value& send, const value* thr);
bool start_class_body(vm& m, thread& t, frame*& f, std::uint32_t nbases);
void note_traceback(vm& m, thread& t, frame& f);  // the exception passes through f (fresh: sets context)
void note_native_await(vm& m, thread& t, frame& f, const value& awaited);  // raised inside what f awaits natively
void pending_tb(vm& m, frame& f);  // the pending exception passes into caller f
value get_awaitable(vm& m, const value& v, bool await);
// Sends v (or throws *thr) into a native iterator: 0 yielded (out), 1 returned (out), -1 error.
int native_send(vm& m, value& it, const value& v, const value* thr, value& out);
value handled_exception(thread& t, frame* f);
void set_cause(vm& m, const value& cause);
bool valid_exc_type(vm& m, const value& type);
value format_field(vm& m, const value& v, std::uint32_t conversion, const value& spec);
value call_other(vm& m, const value& callable, const value* args, std::size_t n, const call_args* kw);
// Throws exc into the suspended frame on top of t (forwarding into a sub-iterator it delegates to), then runs.
exec_status throw_into(vm& m, thread& t, value exc, bool sliced);
value percent_format_value(vm& m, const value& fmt, const value& args);  // vm_text.cpp
value set_operation(vm& m, const value& a, const value& b, binary_op o, bool inplace);  // vm_iter.cpp
bool push_frame(vm& m, thread& t, frame*& f, frame* callee);  // false: RecursionError pending

// module_time.cpp: seconds as virtual time (microseconds), clamped to the clock's range [-end_of_time,
// end_of_time], NaN as 0; a delay past the clock's end is a deadline that never comes.
virtual_time seconds_to_virtual_time(double s) noexcept;
// time.sleep's argument as a duration: TypeError, ValueError or OverflowError pending on false.
bool seconds_to_virtual(vm& m, const value& v, virtual_duration& out, const char* what);

}  // namespace looplab::python
