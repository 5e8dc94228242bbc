// module_asyncio_gather.cpp — asyncio.gather's natives: the gathering future, the wrapping of its arguments (a batch
// per call, so that a slice can end among 100,000 of them), and the done-callback that every child runs (as a
// call_soon handle, as CPython's _done_callback), which completes the outer future.
#include "python/module_asyncio.h"
#include "python/vm_internal.h"

#include <bit>

namespace looplab::python {

namespace {
// Arguments _gather_wrap wraps per call, and the instructions each counts against the slice (the bytecode loop
// it replaced ran about 25 per argument; ensure_future's task is most of the native work).
constexpr std::size_t wrap_batch = 64;
constexpr std::uint64_t wrap_cost = 8;

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
    gather_state& g = *outer->gather;
    auto* child = F(a[0]);
    --g.unfinished;
    const bool child_cancelled = child->state == fut_state::cancelled;
    if (g.building || outer->done()) {
        if (!child_cancelled) child->log_traceback = false;
        return value::none();
    }
    if (!g.return_exceptions) {
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
    if (g.unfinished != 0) return value::none();
    value results = gather_results(m, g.children);
    const bool ok = outer->cancel_requested ? future_set_exception(m, outer, cancelled_error(m, child))
                                            : future_set_result(m, outer, std::move(results));
    return ok ? value::none() : value::error();
}

// _gather_begin(args, return_exceptions) -> outer: the gathering future, still being built.
value a_gather_begin(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 2, 2, "_gather_begin")) return value::error();
    value outer = new_future(m);
    auto g = std::make_unique<gather_state>();
    if (!m.to_vector(a[0], g->args)) return value::error();
    g->return_exceptions = m.truthy(a[1]) == 1;
    g->children.reserve(g->args.size());
    std::size_t slots = 8;
    while (slots < 2 * g->args.size()) slots *= 2;
    g->first_index.assign(slots, {nullptr, 0});
    g->done_callback = m.new_native("_done_callback", gather_child_done, outer);
    F(outer)->gather = std::move(g);
    return outer;
}

// The index of arg's first occurrence, recording `index` for it if it is new; `fresh` says which.
std::size_t first_occurrence(gather_state& g, const object* arg, std::size_t index, bool& fresh) {
    // Fibonacci hashing: the product's top bits, which every bit of the address feeds (its low bits would repeat
    // for objects a power of two apart).
    const std::size_t mask = g.first_index.size() - 1;
    const int shift = 64 - std::countr_zero(g.first_index.size());
    const std::uint64_t product =
        static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(arg)) * 0x9E3779B97F4A7C15ull;
    for (auto slot = static_cast<std::size_t>(product >> shift);; slot = (slot + 1) & mask) {
        auto& [key, first] = g.first_index[slot];
        if (key == arg) {
            fresh = false;
            return first;
        }
        if (key == nullptr) {
            key = arg;
            first = index;
            fresh = true;
            return index;
        }
    }
}

// Wraps one argument as CPython's loop does: a repeated argument shares its first future; a new one is hashed
// (an unhashable argument raises there, before ensure_future), made a future, and given the done-callback.
bool wrap_argument(vm& m, gather_state& g, const value& arg) {
    // Coroutines, futures and asyncio's other natives hash by identity; anything else is hashed as CPython's dict
    // would (its TypeError first), and ensure_future then rejects it.
    if (arg.is(kind::generator) || arg.is(kind::asyncio)) {
        bool fresh = false;
        const std::size_t first = first_occurrence(g, arg.obj(), g.children.size(), fresh);
        if (!fresh) {
            g.children.push_back(g.children[first]);
            return true;
        }
    } else {
        bool ok = true;
        m.hash(arg, ok);
        if (!ok) return false;
    }
    value fut = ensure_future(m, arg);
    if (fut.is_error()) return false;
    ++g.unfinished;
    auto* f = F(fut);
    if (f->done()) {
        call_soon_handle(m, g.done_callback, &fut, 1, false, 0);
    } else {
        future_object::callback cb;
        cb.target = g.done_callback;
        f->callbacks.push_back(std::move(cb));
    }
    g.children.push_back(std::move(fut));
    return true;
}

// _gather_wrap(outer) -> True while arguments are left: wraps the next batch; after the last one the future is built
// (its done-callback now decides) and what only building needed is dropped.
value a_gather_wrap(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "_gather_wrap")) return value::error();
    gather_state& g = *F(a[0])->gather;
    const std::size_t end = std::min(g.args.size(), g.next_arg + wrap_batch);
    // Counted against the slice and the budget, but never past the budget: the next instruction then stops the run.
    const std::uint64_t counted = m.ticks + (end - g.next_arg) * wrap_cost;
    m.ticks = std::max(m.ticks, std::min(counted, m.cfg.instruction_budget - 1));
    for (; g.next_arg < end; ++g.next_arg) {
        if (!wrap_argument(m, g, g.args[g.next_arg])) {
            g.done_callback = value::none();  // the callback holds the outer future
            return value::error();
        }
    }
    if (g.next_arg < g.args.size()) return value::from_bool(true);
    g.building = false;
    g.done_callback = value::none();
    g.args = {};
    g.first_index = {};
    return value::from_bool(false);
}
}  // namespace

void add_gather_natives(vm& m, module_object* natives) {
    natives->set("_gather_begin", m.new_native("_gather_begin", a_gather_begin));
    natives->set("_gather_wrap", m.new_native("_gather_wrap", a_gather_wrap));
}

}  // namespace looplab::python
