// vm_traceback.cpp — exceptions as frames unwind: the exception being handled, traceback entries (with the library
// frame of a natively awaited asyncio.sleep), context and `raise ... from` causes, valid exception types.
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

namespace looplab::python {

value handled_exception(thread& t, frame* f) {
    (void)t;
    for (frame* p = f; p; p = p->back)
        if (!p->handled.empty()) return p->handled.back();
    return value::none();
}

namespace {
// The pending exception gets its first traceback entry: a fresh one takes the exception f handles as its context.
void note_first_entry(vm& m, thread& t, frame& f, const traceback_entry& entry) {
    auto* e = m.pending.as<exception_object>();
    if (e->tb.empty() && e->context.is_none()) {
        value cur = handled_exception(t, &f);
        if (!cur.is_none() && !cur.same(m.pending)) e->context = cur;
    }
    e->tb.push_back(entry);
}
}  // namespace

void note_traceback(vm& m, thread& t, frame& f) {
    if (!m.pending.is(kind::exception)) return;
    note_first_entry(m, t, f, traceback_entry{f.code, f.line()});
}

void note_native_await(vm& m, thread& t, frame& f, const value& awaited) {
    if (!m.pending.is(kind::exception)) return;
    const traceback_entry entry = native_await_frame(m, awaited);
    if (entry.code != nullptr) note_first_entry(m, t, f, entry);
}

void pending_tb(vm& m, frame& f) {
    if (!m.pending.is(kind::exception)) return;
    m.pending.as<exception_object>()->tb.push_back(traceback_entry{f.code, f.line()});
}

void set_cause(vm& m, const value& cause) {
    if (!m.pending.is(kind::exception)) return;
    auto* e = m.pending.as<exception_object>();
    if (cause.is_none()) {
        e->cause = value::none();
        e->suppress_context = true;
        return;
    }
    value c = cause;
    if (c.is(kind::type)) c = m.call0(c);
    if (c.is_error()) return;
    e = m.pending.as<exception_object>();
    e->cause = c;
    e->suppress_context = true;
}

bool valid_exc_type(vm& m, const value& type) {
    if (type.is(kind::type) && type.as<type_object>()->is_exception) return true;
    if (type.is(kind::tuple)) {
        for (auto& v : type.as<tuple_object>()->items)
            if (!valid_exc_type(m, v)) return false;
        return true;
    }
    m.raise(m.t_type_error, "catching classes that do not inherit from BaseException is not allowed");
    return false;
}

}  // namespace looplab::python
