// state_counts.cpp — per-state task tallies over time: each event moves its task from its old slot to the one
// state_after gives; each bucket keeps the tally at its end; a run longer than the buckets doubles their width.
#include "session/state_counts.h"

namespace looplab {

namespace {

constexpr std::uint8_t not_spawned = 0xFF;

}  // namespace

void state_counts::reset(std::uint32_t task_count) {
    m_state.assign(task_count, not_spawned);
    m_buckets = {};
    m_current = {};
    m_used = 0;
    m_ingested = 0;
    m_width = 1;
}

void state_counts::grow_tasks(std::uint32_t task_count) {
    if (task_count > m_state.size()) m_state.resize(task_count, not_spawned);
}

void state_counts::widen_to(virtual_time t) {
    // In virtual_time, not size_t: t / m_width can pass 2**32 (size_t is 32-bit in the wasm build).
    while (t / m_width >= static_cast<virtual_time>(state_count_buckets)) {
        // Bucket i of the doubled width ends where old bucket 2i + 1 ended: it keeps that tally.
        for (std::size_t i = 0; i < state_count_buckets / 2; ++i) {
            const std::size_t later = 2 * i + 1;
            m_buckets[i] = later < m_used ? m_buckets[later] : m_buckets[2 * i];
        }
        m_used = (m_used + 1) / 2;
        m_width *= 2;
    }
}

void state_counts::ingest(std::span<const event> events) {
    for (std::size_t i = m_ingested; i < events.size(); ++i) {
        const event& e = events[i];
        if (e.task == 0 || e.task > m_state.size()) continue;  // not a task's event (task numbers are 1-based)
        const virtual_time t = e.time < 0 ? 0 : e.time;
        widen_to(t);
        const auto b = static_cast<std::size_t>(t / m_width);  // < state_count_buckets
        // Buckets the run passed through without an event end with the tally as it was.
        for (; m_used <= b; ++m_used) m_buckets[m_used] = m_current;
        std::uint8_t& slot = m_state[e.task - 1];
        if (slot != not_spawned) --m_current[slot];
        slot = static_cast<std::uint8_t>(state_slot(state_after(e.kind)));
        ++m_current[slot];
        m_buckets[b] = m_current;
    }
    if (events.size() > m_ingested) m_ingested = events.size();
}

}  // namespace looplab
