// py_error.cpp — names of the exception classes the support library reports.
#include "python/py_error.h"

namespace looplab::python {

std::string_view error_type_name(py_error_type type) {
    switch (type) {
        case py_error_type::value_error:
            return "ValueError";
        case py_error_type::type_error:
            return "TypeError";
        case py_error_type::index_error:
            return "IndexError";
        case py_error_type::overflow_error:
            return "OverflowError";
        case py_error_type::zero_division_error:
            return "ZeroDivisionError";
    }
    return "Exception";
}

}  // namespace looplab::python
