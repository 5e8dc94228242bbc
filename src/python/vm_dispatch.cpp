// vm_dispatch.cpp — the dispatch loop: one function, one switch. Python calls push heap frames and continue here;
// a generator or coroutine suspends by returning from this function; exceptions unwind blocks and frames. The
// switch's cases continue in vm_dispatch_operators.inc and vm_dispatch_ops.inc.
#include "python/module_asyncio.h"
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
                if (!load_method(*this, *f, arg)) LL_FAIL();
                break;
#include "python/vm_dispatch_operators.inc"
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
