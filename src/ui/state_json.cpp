// state_json.cpp — playground_state_json: the observable state for browser tests, built on demand only
// (finish orders are written in full, so it is O(N); never called per frame by the UI itself).
#include "ui/json_text.h"
#include "ui/playground.h"

#include <cmath>

namespace looplab::ui {

namespace {

void append_rect(std::string& out, const char* name, const widget_rect& w) {
    out += '"';
    out += name;
    out += "\":{\"x\":";
    append_json_number(out, w.rect.x);
    out += ",\"y\":";
    append_json_number(out, w.rect.y);
    out += ",\"w\":";
    append_json_number(out, w.rect.w);
    out += ",\"h\":";
    append_json_number(out, w.rect.h);
    out += ",\"visible\":";
    out += w.visible ? "true" : "false";
    out += '}';
}

void append_lane(std::string& out, const playground& pg, lane_id which) {
    const lane_view& v = pg.lanes[static_cast<std::size_t>(which)];
    const std::size_t shown = playground_finished_count(pg, which);
    const bool done = playground_lane_done(pg, which);
    out += "{\"finish_order\":[";
    const auto finishes = v.index.finishes();
    for (std::size_t i = 0; i < shown; ++i) {
        if (i) out += ',';
        out += std::to_string(finishes[i].task);
    }
    out += "],\"finished\":" + std::to_string(shown);
    out += ",\"task_count\":" + std::to_string(v.run ? v.run->task_count() : 0);
    out += ",\"done\":";
    out += done ? "true" : "false";
    out += ",\"total_us\":";
    out += done ? std::to_string(v.total_us) : "null";
    out += ",\"events_recorded\":" + std::to_string(v.run ? v.run->events().size() : 0);
    out += ",\"events_visible\":" + std::to_string(v.visible_events);
    out += ",\"cursor_us\":";
    append_json_int(out, static_cast<std::int64_t>(std::floor(pg.cursor_us)));
    out += ",\"live_us\":";
    append_json_int(out, v.run ? v.run->now() : 0);
    out += ",\"truncated\":";
    out += v.index.truncated() && v.visible_events > v.index.span_event_limit() ? "true" : "false";
    out += '}';
}

}  // namespace

std::string playground_state_json(const playground& pg) {
    std::string out = "{\"lanes\":{\"sequential\":";
    append_lane(out, pg, lane_id::sequential);
    out += ",\"concurrent\":";
    append_lane(out, pg, lane_id::concurrent);
    const experiment_config& c = pg.settings.experiment;
    out += "},\"settings\":{\"tasks\":" + std::to_string(pg.plan.delays.size());
    out += ",\"seed\":" + std::to_string(c.seed);
    out += ",\"dist\":";
    append_json_string(out, to_string(c.distribution));
    out += ",\"limit\":" + std::to_string(c.limit);
    out += ",\"scale\":";
    append_json_number(out, pg.settings.ms_per_virtual_ms);
    out += ",\"explicit_delays\":";
    out += c.delays.empty() ? "false" : "true";
    out += ",\"block\":[";
    for (std::size_t i = 0; i < c.blocking_tasks.size(); ++i)
        out += (i ? "," : "") + std::to_string(c.blocking_tasks[i]);
    out += "]},\"settings_version\":" + std::to_string(pg.settings_version);
    out += ",\"playing\":";
    out += pg.playing ? "true" : "false";
    out += ",\"cursor_us\":";
    append_json_number(out, pg.cursor_us);
    out += ",\"end_us\":" + std::to_string(playground_end_us(pg));
    out += ",\"sum_of_delays_us\":" + std::to_string(pg.sum_of_delays);
    out += ",\"max_delay_us\":" + std::to_string(pg.max_delay);
    out += ",\"speedup\":";
    append_json_number(out, playground_speedup(pg) > 0.0 ? playground_speedup(pg) : std::nan(""));
    out += ",\"notices\":[";
    for (std::size_t i = 0; i < pg.notices.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, pg.notices[i]);
    }
    out += "],\"blocking_warning\":";
    if (pg.blocking_warning.empty())
        out += "null";
    else
        append_json_string(out, pg.blocking_warning);
    out += ",\"layout\":";
    append_json_string(out, pg.layout.kind == layout_kind::wide ? "wide" : "narrow");
    out += ",\"widgets\":{";
    const playground_widgets& w = pg.widgets;
    append_rect(out, "task_count_input", w.task_count_input);
    out += ',';
    append_rect(out, "delays_input", w.delays_input);
    out += ',';
    append_rect(out, "task_count_slider", w.task_count_slider);
    out += ',';
    append_rect(out, "play_button", w.play_button);
    out += ',';
    append_rect(out, "step_button", w.step_button);
    out += ',';
    append_rect(out, "restart_button", w.restart_button);
    out += ',';
    append_rect(out, "download_trace_button", w.download_trace_button);
    out += ',';
    append_rect(out, "copy_link_button", w.copy_link_button);
    out += ',';
    append_rect(out, "scrub_slider", w.scrub_slider);
    out += ',';
    append_rect(out, "copy_output_button", w.copy_output_button);
    out += ',';
    append_rect(out, "copy_script_button", w.copy_script_button);
    out += ',';
    append_rect(out, "settings_tab", w.settings_tab);
    out += ',';
    append_rect(out, "lanes_tab", w.lanes_tab);
    out += "},\"windows\":[";
    for (std::size_t i = 0; i < pg.window_count; ++i) {
        const ui_rect& r = pg.windows[i].rect;
        out += i ? ",{\"name\":" : "{\"name\":";
        append_json_string(out, pg.windows[i].name);
        out += ",\"x\":";
        append_json_number(out, r.x);
        out += ",\"y\":";
        append_json_number(out, r.y);
        out += ",\"w\":";
        append_json_number(out, r.w);
        out += ",\"h\":";
        append_json_number(out, r.h);
        out += '}';
    }
    out += "],\"monte_carlo\":{\"running\":";
    out += pg.sweep.running() ? "true" : "false";
    out += ",\"progress\":";
    append_json_number(out, pg.sweep.progress());
    out += "}}";
    return out;
}

}  // namespace looplab::ui
