// step_text.cpp — describe_event: an event kind and its argument in words, with the virtual time in front.
#include "session/step_text.h"

#include "core/report.h"

#include <string>

namespace looplab {

namespace {

// How far back a wake-up looks for the sleep it ends (a bounded scan keeps a step's cost flat at 100,000 tasks).
constexpr std::size_t sleep_lookback = 1u << 16;

std::string task_name(std::uint32_t task) { return "Task " + std::to_string(task); }

// A duration as "1 ms", "2.5 ms": three decimals without the trailing zeros.
std::string short_ms(virtual_duration us) {
    std::string text = format_ms(us);
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text + " ms";
}

// "its 1 ms sleep ended" for a ready event that ends a sleep; "" when the stream before it shows no sleep.
std::string sleep_that_ended(std::span<const event> events, std::size_t index) {
    const std::uint32_t task = events[index].task;
    const std::size_t stop = index > sleep_lookback ? index - sleep_lookback : 0;
    for (std::size_t i = index; i-- > stop;) {
        const event& e = events[i];
        if (e.task != task) continue;
        if (e.kind == event_kind::sleeping) return "its " + short_ms(e.arg - e.time) + " sleep ended";
        if (e.kind == event_kind::waiting) return "what it waited for is done";
        return "";
    }
    return "";
}

}  // namespace

std::string describe_event(std::span<const event> events, std::size_t index) {
    if (index >= events.size()) return "";
    const event& e = events[index];
    std::string what = task_name(e.task);
    switch (e.kind) {
        case event_kind::spawned:
            what += " is created and queued";
            break;
        case event_kind::ready: {
            const std::string why = sleep_that_ended(events, index);
            what += why.empty() ? " is ready again" : " wakes up (" + why + ")";
            break;
        }
        case event_kind::running:
            what += " runs";
            break;
        case event_kind::sleeping:
            what += " sleeps " + short_ms(e.arg - e.time) + " (awaits asyncio.sleep)";
            break;
        case event_kind::yielded:
            what += " yields to the others (sleep(0))";
            break;
        case event_kind::waiting:
            what += e.arg != 0 ? " waits for " + task_name(static_cast<std::uint32_t>(e.arg)) : " waits";
            break;
        case event_kind::blocking:
            what += " blocks the loop for " + short_ms(e.arg) + " (time.sleep)";
            break;
        case event_kind::finished:
            what += " done";
            break;
        case event_kind::cancelled:
            what += " is cancelled";
            break;
        case event_kind::failed:
            what += " fails with an uncaught error";
            break;
    }
    return "t = " + format_ms(e.time) + " ms: " + what;
}

}  // namespace looplab
