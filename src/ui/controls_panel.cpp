// controls_panel.cpp — transport, results, notices, settings and share buttons. Typed values go through core's
// URL-hash validator (params.h), so the panel, the URL and the CLI accept and correct exactly the same inputs.
#include "ui/panels.h"

#include "core/params.h"
#include "ui/scenarios.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace looplab::ui::panels {

namespace {

std::string percent_encode(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == ',' || c == '.' || c == '-' || c == '_') {
            out += c;
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned>(byte));
            out += hex;
        }
    }
    return out;
}

// Applies one typed parameter through core's lenient parser: corrections become notices.
void apply_typed(playground& pg, std::string_view key, std::string_view text) {
    playground_settings next = pg.settings;
    experiment_config base = next.experiment;
    const experiment_config defaults;
    if (key == "tasks" || key == "delays") base.delays.clear();
    if (key == "tasks") base.task_count = defaults.task_count;
    if (key == "seed") base.seed = defaults.seed;
    if (key == "block") base.blocking_tasks.clear();
    std::string hash = to_url_hash(base);
    if (!hash.empty()) hash += '&';
    hash += std::string{key} + "=" + percent_encode(text.substr(0, 4096));
    const parsed_params parsed = parse_url_hash(hash);
    for (const param_problem& problem : parsed.problems) playground_show_notice(pg, url_message(problem));
    next.experiment = parsed.config;
    playground_user_change(pg, next);
}

void refill_edits(playground& pg) {
    const experiment_config& c = pg.settings.experiment;
    std::snprintf(pg.task_count_text.data(), pg.task_count_text.size(), "%u",
                  static_cast<unsigned>(pg.plan.delays.size()));
    std::snprintf(pg.seed_text.data(), pg.seed_text.size(), "%llu", static_cast<unsigned long long>(c.seed));
    std::string blocking;
    for (std::uint32_t b : c.blocking_tasks) {
        if (blocking.size() > pg.blocking_text.size() - 12) break;
        blocking += (blocking.empty() ? "" : ",") + std::to_string(b);
    }
    std::snprintf(pg.blocking_text.data(), pg.blocking_text.size(), "%s", blocking.c_str());
    pg.delays_text.clear();
    for (std::size_t i = 0; i < c.delays.size() && i < 64; ++i) {
        char item[32];
        std::snprintf(item, sizeof item, "%s%g", i ? "," : "", static_cast<double>(c.delays[i]) / 1000.0);
        pg.delays_text += item;
    }
    pg.edits_stale = false;
}

int resize_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

// InputText over a std::string (imgui_stdlib.cpp is not part of our imgui target).
bool input_string(const char* label, const char* hint, std::string& text) {
    if (text.capacity() < 16) text.reserve(16);
    return ImGui::InputTextWithHint(label, hint, text.data(), text.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                                    resize_string, &text);
}

bool same_settings(const playground_settings& a, const playground_settings& b) {
    const experiment_config& x = a.experiment;
    const experiment_config& y = b.experiment;
    return x.task_count == y.task_count && x.distribution == y.distribution && x.seed == y.seed && x.limit == y.limit &&
           x.delays == y.delays && x.blocking_tasks == y.blocking_tasks && a.ms_per_virtual_ms == b.ms_per_virtual_ms;
}

const char* distribution_help(delay_distribution d) {
    switch (d) {
        case delay_distribution::seed:
            return "random.randint(0, 2) ms: 0, 1 or 2 ms, each 1/3";
        case delay_distribution::uniform:
            return "uniform on [0, 2] ms, whole µs";
        case delay_distribution::exponential:
            return "exponential, mean 1 ms";
        case delay_distribution::heavy:
            return "Pareto shape 2, scale 0.5 ms (mean 1 ms), cap 100 ms";
    }
    return "";
}

}  // namespace

void format_ms(char* out, std::size_t size, double us) { std::snprintf(out, size, "%.3f ms", us / 1000.0); }

void record_widget(widget_rect& w) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    w.rect = ui_rect{min.x, min.y, max.x - min.x, max.y - min.y};
    w.visible = true;
}

void draw_transport(playground& pg) {
    const float button_w = std::max(ImGui::GetFrameHeight() * 2.6f,
                                    (ImGui::GetContentRegionAvail().x - 3.0f * ImGui::GetStyle().ItemSpacing.x) / 4.0f);
    if (ImGui::Button(pg.playing ? "Pause###play" : "Play###play", ImVec2(button_w, 0.0f)))
        playground_command(pg, "toggle");
    record_widget(pg.widgets.play_button);
    ImGui::SameLine();
    if (ImGui::Button("Step###step", ImVec2(button_w, 0.0f))) playground_step(pg);
    record_widget(pg.widgets.step_button);
    ImGui::SameLine();
    if (ImGui::Button("Restart###restart", ImVec2(button_w, 0.0f))) playground_restart(pg);
    record_widget(pg.widgets.restart_button);
    ImGui::SameLine();
    if (ImGui::Button("End###end", ImVec2(button_w, 0.0f))) playground_command(pg, "end");

    const double end_ms = static_cast<double>(playground_end_us(pg)) / 1000.0;
    double cursor_ms = pg.cursor_us / 1000.0;
    const double zero = 0.0;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderScalar("##scrub", ImGuiDataType_Double, &cursor_ms, &zero, &end_ms, "t = %.3f ms"))
        playground_scrub(pg, cursor_ms * 1000.0);
    record_widget(pg.widgets.scrub_slider);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drag to scrub: replayed from the recorded event streams");
}

void draw_results(playground& pg, bool compact) {
    const std::size_t seq_done = playground_finished_count(pg, lane_id::sequential);
    const std::size_t con_done = playground_finished_count(pg, lane_id::concurrent);
    const std::size_t n = pg.plan.delays.size();
    char sum_text[32], max_text[32], con_text[32];
    format_ms(sum_text, sizeof sum_text, static_cast<double>(pg.sum_of_delays));
    format_ms(max_text, sizeof max_text, static_cast<double>(pg.max_delay));
    const bool all_done =
        playground_lane_done(pg, lane_id::sequential) && playground_lane_done(pg, lane_id::concurrent);
    if (!all_done) {
        ImGui::Text("Done: sequential %zu/%zu, concurrent %zu/%zu", seq_done, n, con_done, n);
        if (!compact) ImGui::TextDisabled("Totals and the speedup appear when both lanes finish.");
        return;
    }
    const double speedup = playground_speedup(pg);
    format_ms(con_text, sizeof con_text, static_cast<double>(pg.lanes[1].total_us));
    char speedup_text[48];
    if (std::isfinite(speedup))
        std::snprintf(speedup_text, sizeof speedup_text, "Speedup %.2fx", speedup);
    else
        std::snprintf(speedup_text, sizeof speedup_text, "Speedup: n/a (all delays 0)");
    const ImVec4 accent(1.0f, 0.82f, 0.35f, 1.0f);
    if (compact) {
        ImGui::TextColored(accent, "%s", speedup_text);
        ImGui::SameLine();
        ImGui::Text("sum %s vs %s", sum_text, con_text);
        return;
    }
    ImGui::Text("Sequential total = sum of delays = %s", sum_text);
    const bool concurrent_is_max = pg.lanes[1].total_us == pg.max_delay;
    ImGui::Text("Concurrent total = %s %s", con_text, concurrent_is_max ? "= max delay" : "");
    if (!concurrent_is_max)
        ImGui::TextDisabled("(max delay is %s; a limit or a blocking call made it longer)", max_text);
    ImGui::SetWindowFontScale(1.8f);
    ImGui::TextColored(accent, "%s", speedup_text);
    ImGui::SetWindowFontScale(1.0f);
}

void draw_notices(playground& pg) {
    if (!pg.blocking_warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.55f, 0.35f, 1.0f));
        ImGui::TextWrapped("WARNING:asyncio:%s", pg.blocking_warning.c_str());
        ImGui::PopStyleColor();
    }
    std::size_t dismiss = pg.notices.size();
    for (std::size_t i = 0; i < pg.notices.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton("x")) dismiss = i;
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.4f, 1.0f));
        ImGui::TextWrapped("%s", pg.notices[i].c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (dismiss < pg.notices.size()) pg.notices.erase(pg.notices.begin() + static_cast<std::ptrdiff_t>(dismiss));
}

void draw_settings(playground& pg) {
    if (pg.edits_stale) refill_edits(pg);
    const float label_w = ImGui::CalcTextSize("Blocking tasks").x + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::PushItemWidth(-label_w);

    const char* current = "Custom";
    for (const scenario_info& s : scenario_list()) {
        playground_settings candidate;
        if (scenario_settings(s.name, candidate) && same_settings(candidate, pg.settings)) current = s.label.data();
    }
    if (ImGui::BeginCombo("Scenario", current)) {
        for (const scenario_info& s : scenario_list())
            if (ImGui::Selectable(s.label.data(), current == s.label.data()))
                playground_command(pg, "scenario:" + std::string{s.name});
        ImGui::EndCombo();
    }

    playground_settings next = pg.settings;
    int tasks = static_cast<int>(pg.plan.delays.size());
    if (ImGui::SliderInt("Tasks##slider", &tasks, 1, static_cast<int>(max_tasks), "%d", ImGuiSliderFlags_Logarithmic)) {
        // Small runs restart while dragging; big ones when the slider is let go, so the drag stays smooth.
        if (tasks <= 10'000) {
            next.experiment.delays.clear();
            next.experiment.task_count = static_cast<std::uint32_t>(tasks);
            playground_user_change(pg, next);
        } else {
            std::snprintf(pg.task_count_text.data(), pg.task_count_text.size(), "%d", tasks);
        }
    }
    record_widget(pg.widgets.task_count_slider);
    if (ImGui::IsItemDeactivatedAfterEdit() && std::atoi(pg.task_count_text.data()) > 10'000)
        apply_typed(pg, "tasks", pg.task_count_text.data());
    ImGui::InputText("Tasks##typed", pg.task_count_text.data(), pg.task_count_text.size(),
                     ImGuiInputTextFlags_AutoSelectAll);
    record_widget(pg.widgets.task_count_input);
    if (ImGui::IsItemDeactivatedAfterEdit()) apply_typed(pg, "tasks", pg.task_count_text.data());

    int distribution = static_cast<int>(pg.settings.experiment.distribution);
    const char* names[] = {"seed", "uniform", "exponential", "heavy"};
    if (ImGui::Combo("Distribution", &distribution, names, delay_distribution_count)) {
        next = pg.settings;
        next.experiment.delays.clear();
        next.experiment.distribution = static_cast<delay_distribution>(distribution);
        playground_user_change(pg, next);
    }
    ImGui::TextDisabled("%s", pg.settings.experiment.delays.empty()
                                  ? distribution_help(pg.settings.experiment.distribution)
                                  : "explicit delays (below) replace the draw");
    input_string("Delays (ms)", "empty: drawn; or 1,0,2.5", pg.delays_text);
    record_widget(pg.widgets.delays_input);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        if (pg.delays_text.empty()) {
            next = pg.settings;
            next.experiment.task_count = static_cast<std::uint32_t>(pg.plan.delays.size());
            next.experiment.delays.clear();
            playground_user_change(pg, next);
        } else {
            apply_typed(pg, "delays", pg.delays_text);
        }
    }

    ImGui::SetNextItemWidth(ImGui::CalcItemWidth() - ImGui::CalcTextSize("New seed").x -
                            ImGui::GetStyle().FramePadding.x * 2.0f - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputText("##seed", pg.seed_text.data(), pg.seed_text.size(), ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemDeactivatedAfterEdit()) apply_typed(pg, "seed", pg.seed_text.data());
    ImGui::SameLine();
    if (ImGui::Button("New seed")) {
        // Deterministic: the next seed is a splitmix64 output of the current one (no wall clock, no global state).
        next = pg.settings;
        next.experiment.delays.clear();
        next.experiment.task_count = static_cast<std::uint32_t>(pg.plan.delays.size());
        next.experiment.seed = splitmix64{pg.settings.experiment.seed}.next() % 1'000'000'000ull;
        playground_user_change(pg, next);
    }
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted("Seed");

    int limit = static_cast<int>(pg.settings.experiment.limit);
    const int limit_max = std::max(static_cast<int>(pg.plan.delays.size()), 1);
    if (ImGui::SliderInt("Limit", &limit, 0, limit_max, limit == 0 ? "0 (unlimited)" : "%d",
                         ImGuiSliderFlags_AlwaysClamp)) {
        next = pg.settings;
        next.experiment.limit = static_cast<std::uint32_t>(limit);
        playground_user_change(pg, next);
    }
    ImGui::InputTextWithHint("Blocking tasks", "none; e.g. 3 or 3,7", pg.blocking_text.data(), pg.blocking_text.size());
    if (ImGui::IsItemDeactivatedAfterEdit()) apply_typed(pg, "block", pg.blocking_text.data());

    double scale = pg.settings.ms_per_virtual_ms;
    if (ImGui::SliderScalar("Time scale", ImGuiDataType_Double, &scale, &min_ms_per_virtual_ms, &max_ms_per_virtual_ms,
                            "%.3g wall ms / virtual ms", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        // The time scale only changes playback speed: the run itself stays, so it does not restart.
        pg.settings.ms_per_virtual_ms = scale;
        ++pg.settings_version;
    }
    // Big runs at the seed's scale would take hours to watch: offer the scale that plays the run in 5 s.
    const double run_ms = static_cast<double>(pg.sum_of_delays) / 1000.0;
    if (ImGui::SmallButton("Fit run to 5 s") && run_ms > 0.0) {
        pg.settings.ms_per_virtual_ms = std::clamp(5000.0 / run_ms, min_ms_per_virtual_ms, max_ms_per_virtual_ms);
        ++pg.settings_version;
    }
    record_widget(pg.widgets.fit_scale_button);
    ImGui::SameLine();
    ImGui::TextDisabled("the run plays in %.1f s", run_ms * pg.settings.ms_per_virtual_ms / 1000.0);
    ImGui::PopItemWidth();
}

void draw_share(playground& pg, playground_host& host) {
    if (ImGui::Button("Copy link") && host.copy_to_clipboard && host.share_url) {
        host.copy_to_clipboard(host.share_url());
        playground_announce(pg, "Link copied to the clipboard");
    }
    record_widget(pg.widgets.copy_link_button);
    ImGui::SameLine();
    if (ImGui::Button("Download trace") && host.download) {
        char filename[96];
        std::snprintf(filename, sizeof filename, "looplab-trace-%zu-tasks-seed-%llu.json", pg.plan.delays.size(),
                      static_cast<unsigned long long>(pg.settings.experiment.seed));
        host.download(filename, "application/json", playground_trace_json(pg));
        playground_announce(pg, std::string{"Trace downloaded: "} + filename);
    }
    record_widget(pg.widgets.download_trace_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Chrome Trace Event JSON: open it in ui.perfetto.dev or chrome://tracing");
}

}  // namespace looplab::ui::panels
