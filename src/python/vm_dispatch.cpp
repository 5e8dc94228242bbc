// vm_dispatch.cpp — the dispatch loop: one function, one switch. Python calls push heap frames and continue here;
// a generator or coroutine suspends by returning from this function; exceptions unwind blocks and frames.
#include "python/vm.h"
#include "python/vm_internal.h"

namespace looplab::python {

exec_status vm::execute(thread& t, bool sliced, bool raise_pending) {
    thread* const saved_thread = running_thread;
    running_thread = &t;
    if (sliced) tick_limit = std::min<std::uint64_t>(tick_limit, cfg.instruction_budget);
    frame* f = t.top;
    const std::uint32_t* ops = f->code->ops.data();
    bool add_tb = true;
    exec_status status = exec_status::returned;
    std::uint32_t word = 0, arg = 0;
    if (raise_pending) goto on_error;

#define LL_RELOAD() (ops = f->code->ops.data())
#define LL_POP() pop_value(f->stack)
#define LL_TOP() (f->stack.back())
#define LL_FAIL()      \
    do {               \
        goto on_error; \
    } while (0)

    for (;;) {
        if (++ticks >= tick_limit) [[unlikely]] {
            if (ticks >= cfg.instruction_budget) {
                abort("instruction budget of " + std::to_string(cfg.instruction_budget) + " exhausted at line " +
                      std::to_string(f->code->line_at(f->ip)));
                goto on_error;
            }
            if (sliced) {
                --ticks;
                t.top = f;
                status = exec_status::parked;
                break;
            }
            slice_over = true;
            tick_limit = cfg.instruction_budget;
        }
        word = ops[f->ip++];
        arg = decode_arg(word);
        switch (decode_op(word)) {
            case op::nop:
                break;
            case op::pop_top:
                f->stack.pop_back();
                break;
            case op::dup_top:
                f->stack.push_back(LL_TOP());
                break;
            case op::rot_two: {
                auto n = f->stack.size();
                f->stack[n - 1].swap(f->stack[n - 2]);
                break;
            }
            case op::rot_three: {
                auto n = f->stack.size();
                value v = std::move(f->stack[n - 1]);
                f->stack[n - 1] = std::move(f->stack[n - 2]);
                f->stack[n - 2] = std::move(f->stack[n - 3]);
                f->stack[n - 3] = std::move(v);
                break;
            }
            case op::copy:
                f->stack.push_back(f->stack[f->stack.size() - arg]);
                break;
            case op::load_const:
                f->stack.push_back(f->code->consts[arg]);
                break;
            case op::load_fast: {
                const value& v = f->slots[arg];
                if (v.is_error()) [[unlikely]] {
                    raise(t_unbound_local, "cannot access local variable '" + f->code->varnames[arg] +
                                               "' where it is not associated with a value");
                    LL_FAIL();
                }
                f->stack.push_back(v);
                break;
            }
            case op::store_fast:
                f->slots[arg] = LL_POP();
                break;
            case op::delete_fast:
                if (f->slots[arg].is_error()) {
                    raise(t_unbound_local, "cannot access local variable '" + f->code->varnames[arg] +
                                               "' where it is not associated with a value");
                    LL_FAIL();
                }
                f->slots[arg] = value::error();
                break;
            case op::load_deref: {
                const value& v = f->slots[arg].as<cell_object>()->v;
                if (v.is_error()) {
                    raise(t_name_error, "cannot access free variable '" + slot_name(f->code, arg) +
                                            "' where it is not associated with a value in enclosing scope");
                    LL_FAIL();
                }
                f->stack.push_back(v);
                break;
            }
            case op::store_deref:
                f->slots[arg].as<cell_object>()->v = LL_POP();
                break;
            case op::load_closure:
                f->stack.push_back(f->slots[arg]);
                break;
            case op::load_global: {
                value* v = global_slot(*this, *f, arg);
                if (!v) LL_FAIL();
                f->stack.push_back(*v);
                break;
            }
            case op::store_global: {
                const std::string& n = f->code->names[arg];
                f->module->set(n, LL_POP());
                break;
            }
            case op::delete_global: {
                value* v = f->module->get(f->code->names[arg]);
                if (!v) {
                    raise(t_name_error, "name '" + f->code->names[arg] + "' is not defined");
                    LL_FAIL();
                }
                *v = value::error();
                break;
            }
            case op::load_name: {
                value key = interned(f->code->names[arg]);
                value* v = f->ns.as<dict_object>()->find(*this, key);
                if (v) {
                    f->stack.push_back(*v);
                    break;
                }
                value* g = global_slot(*this, *f, arg);
                if (!g) LL_FAIL();
                f->stack.push_back(*g);
                break;
            }
            case op::store_name:
                f->ns.as<dict_object>()->set(*this, interned(f->code->names[arg]), LL_POP());
                break;
            case op::delete_name:
                if (!f->ns.as<dict_object>()->erase(*this, interned(f->code->names[arg]))) {
                    raise(t_name_error, "name '" + f->code->names[arg] + "' is not defined");
                    LL_FAIL();
                }
                break;
            case op::load_attr: {
                if (LL_TOP().is(kind::module)) {
                    if (value* v = module_attr(*f, LL_TOP().as<module_object>(), arg)) {
                        LL_TOP() = *v;
                        break;
                    }
                }
                value r = get_attr(LL_TOP(), f->code->names[arg]);
                if (r.is_error()) LL_FAIL();
                LL_TOP() = std::move(r);
                break;
            }
            case op::store_attr: {
                value obj = LL_POP();
                value v = LL_POP();
                if (!set_attr(obj, f->code->names[arg], std::move(v))) LL_FAIL();
                break;
            }
            case op::delete_attr: {
                value obj = LL_POP();
                if (!del_attr(obj, f->code->names[arg])) LL_FAIL();
                break;
            }
            case op::load_method:
                if (LL_TOP().is(kind::module)) {
                    if (value* v = module_attr(*f, LL_TOP().as<module_object>(), arg)) {
                        LL_TOP() = *v;
                        f->stack.push_back(value::error());  // no self: as load_method's get_attr path
                        break;
                    }
                }
                if (!load_method(*this, f->stack, f->code->names[arg])) LL_FAIL();
                break;
            case op::binary_subscr: {
                value key = LL_POP();
                value r = subscript(LL_TOP(), key);
                if (r.is_error()) LL_FAIL();
                LL_TOP() = std::move(r);
                break;
            }
            case op::store_subscr: {
                value key = LL_POP();
                value obj = LL_POP();
                value v = LL_POP();
                if (!store_subscript(obj, key, std::move(v))) LL_FAIL();
                break;
            }
            case op::delete_subscr: {
                value key = LL_POP();
                value obj = LL_POP();
                if (!delete_subscript(obj, key)) LL_FAIL();
                break;
            }
            case op::build_slice: {
                auto* s = heap.make<slice_object>();
                value sv = value::from_obj(s);
                if (arg == 3) s->step = LL_POP();
                s->stop = LL_POP();
                s->start = LL_POP();
                f->stack.push_back(std::move(sv));
                break;
            }
            case op::binary_op: {
                value b = LL_POP();
                value& a = LL_TOP();
                if (a.is_int() && b.is_int()) {
                    std::int64_t r;
                    const int o = static_cast<int>(arg & 15u);
                    if (o == 0 && !__builtin_add_overflow(a.as_int(), b.as_int(), &r)) {
                        a = value::from_int(r);
                        break;
                    }
                    if (o == 1 && !__builtin_sub_overflow(a.as_int(), b.as_int(), &r)) {
                        a = value::from_int(r);
                        break;
                    }
                }
                value r = binary(static_cast<int>(arg), a, b);
                if (r.is_error()) LL_FAIL();
                a = std::move(r);
                break;
            }
            case op::unary_op: {
                value r = unary(static_cast<int>(arg), LL_TOP());
                if (r.is_error()) LL_FAIL();
                LL_TOP() = std::move(r);
                break;
            }
            case op::compare_op: {
                value b = LL_POP();
                value& a = LL_TOP();
                if (a.is_int() && b.is_int()) {
                    const std::int64_t x = a.as_int(), y = b.as_int();
                    bool r = false;
                    switch (static_cast<cmp_op>(arg)) {
                        case cmp_op::eq:
                            r = x == y;
                            break;
                        case cmp_op::not_eq_:
                            r = x != y;
                            break;
                        case cmp_op::lt:
                            r = x < y;
                            break;
                        case cmp_op::lt_e:
                            r = x <= y;
                            break;
                        case cmp_op::gt:
                            r = x > y;
                            break;
                        default:
                            r = x >= y;
                            break;
                    }
                    a = value::from_bool(r);
                    break;
                }
                value r = compare(static_cast<int>(arg), a, b);
                if (r.is_error()) LL_FAIL();
                a = std::move(r);
                break;
            }
            case op::is_op: {
                value b = LL_POP();
                const bool same = LL_TOP().same(b);
                LL_TOP() = value::from_bool(arg ? !same : same);
                break;
            }
            case op::contains_op: {
                value container = LL_POP();
                const int r = contains(container, LL_TOP());
                if (r < 0) LL_FAIL();
                LL_TOP() = value::from_bool(arg ? r == 0 : r == 1);
                break;
            }
            case op::jump:
                f->ip = arg;
                break;
            case op::pop_jump_if_false:
            case op::pop_jump_if_true: {
                value v = LL_POP();
                int b;
                if (v.is_bool())
                    b = v.as_bool();
                else if ((b = truthy(v)) < 0)
                    LL_FAIL();
                if ((b != 0) == (decode_op(word) == op::pop_jump_if_true)) f->ip = arg;
                break;
            }
            case op::jump_if_false_or_pop:
            case op::jump_if_true_or_pop: {
                const int b = truthy(LL_TOP());
                if (b < 0) LL_FAIL();
                if ((b != 0) == (decode_op(word) == op::jump_if_true_or_pop))
                    f->ip = arg;
                else
                    f->stack.pop_back();
                break;
            }
            case op::get_iter: {
                value it = get_iter(LL_TOP());
                if (it.is_error()) LL_FAIL();
                LL_TOP() = std::move(it);
                break;
            }
            case op::for_iter: {
                if (f->reply) {
                    const auto r = std::exchange(f->reply, 0);
                    if (r == 1) {
                        f->stack.push_back(std::move(f->reply_value));
                    } else {
                        f->stack.pop_back();
                        f->ip = arg;
                    }
                    break;
                }
                value& it = LL_TOP();
                if (it.is(kind::iterator)) {
                    auto* io = it.as<iterator_object>();
                    if (io->what == iter_what::range) {
                        if (io->pos == io->end) {
                            f->stack.pop_back();
                            f->ip = arg;
                        } else {
                            const std::int64_t v = io->pos;
                            io->pos += io->step;
                            f->stack.push_back(value::from_int(v));
                        }
                        break;
                    }
                    if (io->what == iter_what::seq && io->src.is(kind::list)) {
                        auto& items = io->src.as<list_object>()->items;
                        if (io->pos >= static_cast<std::int64_t>(items.size())) {
                            f->stack.pop_back();
                            f->ip = arg;
                        } else {
                            f->stack.push_back(items[static_cast<std::size_t>(io->pos++)]);
                        }
                        break;
                    }
                }
                if (it.is(kind::generator) && !it.as<generator_object>()->coroutine) {
                    generator_object* g = it.as<generator_object>();
                    if (!enter_generator(*this, t, f, g, value::none(), nullptr)) LL_FAIL();
                    LL_RELOAD();
                    break;
                }
                bool done = false;
                value v = next(it, done);
                if (v.is_error()) LL_FAIL();
                if (done) {
                    f->stack.pop_back();
                    f->ip = arg;
                } else {
                    f->stack.push_back(std::move(v));
                }
                break;
            }
#include "python/vm_dispatch_ops.inc"
        }
        continue;

    on_error:
        if (aborted) {
            status = exec_status::aborted;
            t.top = f;
            break;
        }
        if (add_tb) note_traceback(*this, t, *f);
        add_tb = true;
        for (;;) {
            if (!f->blocks.empty()) {
                const block b = f->blocks.back();
                f->blocks.pop_back();
                while (f->stack.size() > b.sp) f->stack.pop_back();
                f->stack.push_back(take_pending());
                f->ip = b.handler;
                LL_RELOAD();
                break;
            }
            if (f->how == entry::root) {
                t.top = f;
                finish_frame(*this, f, true);
                status = exec_status::error;
                goto done;
            }
            frame* back = f->back;
            finish_frame(*this, f, false);
            f = back;
            --t.depth;
            LL_RELOAD();
            pending_tb(*this, *f);
        }
        if (status == exec_status::error) break;
    }
done:
    running_thread = saved_thread;
    return status;
#undef LL_RELOAD
#undef LL_POP
#undef LL_TOP
#undef LL_FAIL
}

}  // namespace looplab::python
