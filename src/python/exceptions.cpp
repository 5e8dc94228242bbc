// exceptions.cpp — the built-in exception classes with CPython's hierarchy, and BaseException's methods.
#include "python/vm.h"

namespace looplab::python {

namespace {
value exc_init(vm& m, const value& self, const call_args& a) {
    if (!self.is(kind::exception)) return value::none();
    self.as<exception_object>()->args = m.new_tuple(std::vector<value>(a.pos, a.pos + a.npos));
    return value::none();
}

value exc_str(vm& m, const value& self, const call_args&) {
    std::string s;
    auto& items = self.as<exception_object>()->args.as<tuple_object>()->items;
    if (items.size() == 1) {
        if (!m.str_of(items[0], s)) return value::error();
    } else if (!items.empty()) {
        if (!m.repr_of(self.as<exception_object>()->args, s)) return value::error();
    }
    return make_str(m, std::move(s));
}

value exc_with_traceback(vm&, const value& self, const call_args&) { return self; }
}  // namespace

void install_exceptions(vm& m) {
    auto ex = [&](const char* name, type_object* base) {
        type_object* t = m.new_type(name, base, kind::exception);
        t->is_exception = true;
        return t;
    };
    m.t_base_exception = ex("BaseException", m.t_object);
    m.add_methods(m.t_base_exception,
                  {{"__init__", exc_init}, {"__str__", exc_str}, {"with_traceback", exc_with_traceback}});
    m.t_generator_exit = ex("GeneratorExit", m.t_base_exception);
    m.t_keyboard_interrupt = ex("KeyboardInterrupt", m.t_base_exception);
    ex("SystemExit", m.t_base_exception);
    m.t_base_exception_group = ex("BaseExceptionGroup", m.t_base_exception);
    m.t_exception = ex("Exception", m.t_base_exception);
    m.t_arithmetic_error = ex("ArithmeticError", m.t_exception);
    ex("FloatingPointError", m.t_arithmetic_error);
    m.t_overflow_error = ex("OverflowError", m.t_arithmetic_error);
    m.t_zero_division = ex("ZeroDivisionError", m.t_arithmetic_error);
    m.t_assertion_error = ex("AssertionError", m.t_exception);
    m.t_attribute_error = ex("AttributeError", m.t_exception);
    m.t_exception_group = ex("ExceptionGroup", m.t_base_exception_group);
    m.t_import_error = ex("ImportError", m.t_exception);
    m.t_module_not_found = ex("ModuleNotFoundError", m.t_import_error);
    m.t_lookup_error = ex("LookupError", m.t_exception);
    m.t_index_error = ex("IndexError", m.t_lookup_error);
    m.t_key_error = ex("KeyError", m.t_lookup_error);
    m.t_memory_error = ex("MemoryError", m.t_exception);
    m.t_name_error = ex("NameError", m.t_exception);
    m.t_unbound_local = ex("UnboundLocalError", m.t_name_error);
    m.t_os_error = ex("OSError", m.t_exception);
    m.t_timeout_error = ex("TimeoutError", m.t_os_error);
    m.t_runtime_error = ex("RuntimeError", m.t_exception);
    m.t_not_implemented_error = ex("NotImplementedError", m.t_runtime_error);
    m.t_recursion_error = ex("RecursionError", m.t_runtime_error);
    m.t_stop_async_iteration = ex("StopAsyncIteration", m.t_exception);
    m.t_stop_iteration = ex("StopIteration", m.t_exception);
    m.t_syntax_error = ex("SyntaxError", m.t_exception);
    m.t_type_error = ex("TypeError", m.t_exception);
    m.t_value_error = ex("ValueError", m.t_exception);
    m.t_unicode_error = ex("UnicodeError", m.t_value_error);
    m.t_warning = ex("Warning", m.t_exception);
    m.t_deprecation_warning = ex("DeprecationWarning", m.t_warning);
    m.t_runtime_warning = ex("RuntimeWarning", m.t_warning);
    m.t_user_warning = ex("UserWarning", m.t_warning);
    m.t_cancelled_error = ex("CancelledError", m.t_base_exception);
    m.t_cancelled_error->module_name = "asyncio.exceptions";
    m.t_invalid_state = ex("InvalidStateError", m.t_exception);
    m.t_invalid_state->module_name = "asyncio.exceptions";
}

}  // namespace looplab::python
