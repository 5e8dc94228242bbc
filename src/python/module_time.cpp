// module_time.cpp — the `time` module in virtual time: sleep() is a blocking step that holds the whole loop
// (the clock moves by d while nothing else runs, also at module level); time()/monotonic()/perf_counter() read it.
#include "python/vm_internal.h"

#include <cmath>

namespace looplab::python {

// LoopLab's epoch for time.time(): a fixed wall-clock second, so that runs are reproducible.
inline constexpr double time_epoch = 1'700'000'000.0;

virtual_time seconds_to_virtual_time(double s) noexcept {
    constexpr double clock_end_seconds = static_cast<double>(end_of_time) / 1e6;
    if (std::isnan(s)) return 0;
    if (s >= clock_end_seconds) return end_of_time;
    if (s <= -clock_end_seconds) return -end_of_time;
    return static_cast<virtual_time>(std::llround(s * 1e6));
}

bool seconds_to_virtual(vm& m, const value& v, virtual_duration& out, const char* what) {
    if (!v.is_number()) {
        m.raise(m.t_type_error, "'" + type_name(m, v) + "' object cannot be interpreted as an integer");
        return false;
    }
    const double s = v.to_double();
    if (std::isnan(s)) {
        m.raise(m.t_value_error, "Invalid value NaN (not a number)");
        return false;
    }
    if (s < 0) {
        m.raise(m.t_value_error, std::string(what) + " length must be non-negative");
        return false;
    }
    if (s > 9'223'372'036.854775807) {  // CPython's limit: 2**63 nanoseconds
        m.raise(m.t_overflow_error, "timestamp too large to convert to C _PyTime_t");
        return false;
    }
    out = seconds_to_virtual_time(s);
    if (out > end_of_time - m.loop.now()) {
        // 2**63 microseconds: the clock's end, about 292,471 years after t = 0.
        m.raise(m.t_overflow_error,
                "sleep length is too large (LoopLab's virtual clock ends 2**63 microseconds "
                "after t = 0)");
        return false;
    }
    return true;
}

void blocking_step(vm& m, virtual_duration d);  // module_asyncio.cpp: records and accounts a blocking step

namespace {
value t_sleep(vm& m, const value&, const call_args& a) {
    if (!check_args(m, a, 1, 1, "sleep")) return value::error();
    virtual_duration d = 0;
    if (!seconds_to_virtual(m, a[0], d, "sleep")) return value::error();
    blocking_step(m, d);
    return value::none();
}
value t_time(vm& m, const value&, const call_args&) {
    return value::from_float(time_epoch + static_cast<double>(m.loop.now()) / 1e6);
}
value t_monotonic(vm& m, const value&, const call_args&) {
    return value::from_float(static_cast<double>(m.loop.now()) / 1e6);
}
// now * 1000 + offset, or OverflowError once the nanoseconds pass LoopLab's 64-bit ints (after ~292 years).
value nanoseconds_since(vm& m, std::int64_t offset) {
    std::int64_t ns = 0;
    if (__builtin_mul_overflow(m.loop.now(), std::int64_t{1000}, &ns) || __builtin_add_overflow(ns, offset, &ns))
        return m.raise(m.t_overflow_error, "LoopLab's ints are 64-bit: the virtual clock in nanoseconds overflowed");
    return value::from_int(ns);
}
value t_time_ns(vm& m, const value&, const call_args&) {
    return nanoseconds_since(m, static_cast<std::int64_t>(time_epoch) * 1'000'000'000);
}
value t_monotonic_ns(vm& m, const value&, const call_args&) { return nanoseconds_since(m, 0); }
}  // namespace

value make_module_time(vm& m) {
    auto* mod = m.heap.make<module_object>();
    mod->type = m.t_module;
    mod->name = "time";
    value mv = value::from_obj(mod);
    const std::pair<const char*, native_fn> fns[] = {{"sleep", t_sleep},
                                                     {"time", t_time},
                                                     {"monotonic", t_monotonic},
                                                     {"perf_counter", t_monotonic},
                                                     {"process_time", t_monotonic},
                                                     {"time_ns", t_time_ns},
                                                     {"monotonic_ns", t_monotonic_ns},
                                                     {"perf_counter_ns", t_monotonic_ns}};
    for (auto& [n, f] : fns) mod->set(n, m.new_native(n, f));
    return mv;
}

}  // namespace looplab::python
