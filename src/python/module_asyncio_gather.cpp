// module_asyncio_gather.cpp — asyncio.gather's natives: the gathering future and the done-callback that every child
// runs (as a call_soon handle, as CPython's _done_callback), which completes the outer future. The prelude's gather
// wraps the children (ensure_future) in bytecode, so that a slice can end among 100,000 of them.
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

namespace looplab::python {

namespace {
// The result list once every child is done, in the children's order: a cancelled child gives a new CancelledError
// of its message ('' if none), any other its exception (now retrieved) or its result.
value gather_results(vm& m, const std::vector<value>& children) {
    std::vector<value> results;
    results.reserve(children.size());
    for (const value& c : children) {
        auto* f = F(c);
        if (f->state == fut_state::cancelled) {
            value exc = m.make_exception(m.t_cancelled_error, "");
            exc.as<exception_object>()->args =
                m.new_tuple({f->cancel_message.is_none() ? m.str_value("") : f->cancel_message});
            results.push_back(std::move(exc));
        } else {
            f->log_traceback = false;
            results.push_back(f->exception.is(kind::exception) ? f->exception : f->result);
        }
    }
    return m.new_list(std::move(results));
}

// A child finished (self: the gathering future). CPython's order of checks: an outer future that is not built yet
// or already done only marks the child's exception retrieved; without return_exceptions the first cancelled or
// failed child decides; the last child completes the outer future with every result.
value gather_child_done(vm& m, const value& self, const call_args& a) {
    if (!check_args(m, a, 1, 1, "_done_callback")) return value::error();
    auto* outer = F(self);
    auto* child = F(a[0]);
    --outer->gather_unfinished;
    const bool child_cancelled = child->state == fut_state::cancelled;
    if (outer->gather_building || outer->done()) {
        if (!child_cancelled) child->log_traceback = false;
        return value::none();
    }
    if (!outer->gather_return_exceptions) {
        if (child_cancelled) {
            if (!future_set_exception(m, outer, cancelled_error(m, child))) return value::error();
            return value::none();
        }
        child->log_traceback = false;
        if (child->exception.is(kind::exception)) {
            if (!future_set_exception(m, outer, child->exception)) return value::error();
            return value::none();
        }
    }
    if (outer->gather_unfinished != 0) return value::none();
    value results = gather_results(m, outer->children);
    const bool ok = outer->cancel_requested ? future_set_exception(m, outer, cancelled_error(m, child))
                                            : future_set_result(m, outer, std::move(results));
    return ok ? value::none() : value::error();
}

// _gather_begin(return_exceptions) -> (outer, done_callback): the gathering future, still being built.
value a_gather_begin(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "_gather_begin")) return value::error();
    value outer = new_future(m);
    F(outer)->gathering = true;
    F(outer)->gather_building = true;
    F(outer)->gather_return_exceptions = m.truthy(a[0]) == 1;
    value callback = m.new_native("_done_callback", gather_child_done, outer);
    return m.new_tuple({outer, callback});
}

// _gather_end(outer, children, nfuts): the children (in argument order, repeats included) and how many distinct.
value a_gather_end(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 3, 3, "_gather_end")) return value::error();
    if (!a[2].is_intlike()) return m.raise(m.t_type_error, "_gather_end expects the number of distinct children");
    auto* outer = F(a[0]);
    if (!m.to_vector(a[1], outer->children)) return value::error();
    outer->gather_unfinished += static_cast<std::int32_t>(a[2].as_int());
    outer->gather_building = false;
    return value::none();
}
}  // namespace

void add_gather_natives(vm& m, module_object* natives) {
    natives->set("_gather_begin", m.new_native("_gather_begin", a_gather_begin));
    natives->set("_gather_end", m.new_native("_gather_end", a_gather_end));
}

}  // namespace looplab::python
