// settings_panel.cpp — the scenario menu and every setting. Typed text is read with core's field reader
// (read_field) and the change is validated by the session with core's validate_params, so the panel, the URL and
// the CLI accept and correct exactly the same values.
#include "ui/panels.h"
#include "ui/text_fit.h"

#include "core/params.h"
#include "session/scenarios.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace looplab::ui::panels {

namespace {

// Big runs restart when the slider is let go instead of on every drag step, so the drag stays smooth.
constexpr int restart_while_dragging_up_to = 10'000;
// Explicit delays shown in the field (a longer list is still in effect, and in the link).
constexpr std::size_t delays_shown = 64;

// A user change of the settings.
void change(view_state& view, session_settings next, std::vector<param_problem> problems = {}) {
    view.commands.emplace_back(change_settings{std::move(next), std::move(problems)});
}

// One typed field, read leniently: problems become notices, the rest of the settings stays.
void change_typed(const session& s, view_state& view, param_field field, std::string_view text) {
    session_settings next = s.settings();
    std::vector<param_problem> problems = read_field(next.experiment, field, text.substr(0, 4096));
    change(view, std::move(next), std::move(problems));
}

void refill_edits(const session& s, edit_buffers& e) {
    const experiment_config& c = s.settings().experiment;
    std::snprintf(e.task_count.data(), e.task_count.size(), "%zu", s.plan().delays.size());
    std::snprintf(e.seed.data(), e.seed.size(), "%llu", static_cast<unsigned long long>(c.seed));
    std::string blocking;
    for (std::uint32_t b : c.blocking_tasks) {
        if (blocking.size() > e.blocking.size() - 12) break;
        blocking += (blocking.empty() ? "" : ",") + std::to_string(b);
    }
    std::snprintf(e.blocking.data(), e.blocking.size(), "%s", blocking.c_str());
    e.delays.clear();
    for (std::size_t i = 0; i < c.delays.size() && i < delays_shown; ++i) {
        char item[32];
        std::snprintf(item, sizeof item, "%s%g", i ? "," : "", static_cast<double>(c.delays[i]) / 1000.0);
        e.delays += item;
    }
    e.generation = s.generation();
}

// The label a field is drawn with: beside the frame on a wide panel; on a narrow one (a phone, a large text size)
// as a line of text above a full-width frame, whose ImGui label is then hidden ("##" + label keeps its ID unique).
std::string field_label(view_state& view, const char* label, bool above) {
    if (!above) return label;
    text(view, visible_label(label));
    ImGui::SetNextItemWidth(-FLT_MIN);
    return std::string("##") + label;
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

void draw_scenarios(const session& s, view_state& view, bool above) {
    const auto current = matching_scenario(s.settings());
    const char* shown = current ? current->label.data() : "Custom";
    const std::string label = field_label(view, "Scenario", above);
    const bool open = ImGui::BeginCombo(label.c_str(), shown);
    note_labeled(view, label.c_str(), shown, ImGui::GetFrameHeight());
    if (open) {
        for (const scenario_info& info : scenario_list())
            if (ImGui::Selectable(info.label.data(), current && current->name == info.name))
                if (auto next = scenario_settings(info.name)) change(view, std::move(*next));
        ImGui::EndCombo();
    }
}

void draw_task_count(const session& s, view_state& view, bool above) {
    edit_buffers& e = view.edits;
    int tasks = static_cast<int>(s.plan().delays.size());
    const std::string slider_label = field_label(view, "Tasks##slider", above);
    if (ImGui::SliderInt(slider_label.c_str(), &tasks, 1, static_cast<int>(max_tasks), "%d",
                         ImGuiSliderFlags_Logarithmic)) {
        if (tasks <= restart_while_dragging_up_to) {
            session_settings next = s.settings();
            next.experiment.delays.clear();
            next.experiment.task_count = static_cast<std::uint32_t>(tasks);
            change(view, std::move(next));
        } else {
            std::snprintf(e.task_count.data(), e.task_count.size(), "%d", tasks);
        }
    }
    record_widget(view.widgets.task_count_slider);
    note_labeled(view, slider_label.c_str(), format_text("%d", tasks));
    if (ImGui::IsItemDeactivatedAfterEdit() && std::atoi(e.task_count.data()) > restart_while_dragging_up_to)
        change_typed(s, view, param_field::tasks, e.task_count.data());
    // Above: the slider's "Tasks" line names both.
    if (above) ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText(above ? "##Tasks##typed" : "Tasks##typed", e.task_count.data(), e.task_count.size(),
                     ImGuiInputTextFlags_AutoSelectAll);
    record_widget(view.widgets.task_count_input);
    note_labeled(view, above ? "##Tasks##typed" : "Tasks##typed", "");
    if (ImGui::IsItemDeactivatedAfterEdit()) change_typed(s, view, param_field::tasks, e.task_count.data());
}

void draw_delays(const session& s, view_state& view, bool above) {
    const experiment_config& c = s.settings().experiment;
    int distribution = static_cast<int>(c.distribution);
    std::array<const char*, delay_distribution_count> names{};
    for (int i = 0; i < delay_distribution_count; ++i)
        names[static_cast<std::size_t>(i)] = to_string(static_cast<delay_distribution>(i)).data();
    const std::string combo_label = field_label(view, "Distribution", above);
    const bool picked = ImGui::Combo(combo_label.c_str(), &distribution, names.data(), delay_distribution_count);
    note_labeled(view, combo_label.c_str(), names[static_cast<std::size_t>(distribution)], ImGui::GetFrameHeight());
    if (picked) {
        session_settings next = s.settings();
        next.experiment.delays.clear();
        next.experiment.distribution = static_cast<delay_distribution>(distribution);
        change(view, std::move(next));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    text_wrapped(view, c.delays.empty() ? describe(c.distribution) : "explicit delays (below) replace the draw");
    ImGui::PopStyleColor();
    const std::string delays_label = field_label(view, "Delays (ms)", above);
    input_string(delays_label.c_str(), "e.g. 1,0,2.5", view.edits.delays);
    record_widget(view.widgets.delays_input);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delays in ms, one per task; empty: drawn from the distribution");
    note_labeled(view, delays_label.c_str(), view.edits.delays.empty() ? "e.g. 1,0,2.5" : "");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        if (view.edits.delays.empty()) {
            session_settings next = s.settings();
            next.experiment.task_count = static_cast<std::uint32_t>(s.plan().delays.size());
            next.experiment.delays.clear();
            change(view, std::move(next));
        } else {
            change_typed(s, view, param_field::delays, view.edits.delays);
        }
    }
}

void draw_seed(const session& s, view_state& view, bool above) {
    edit_buffers& e = view.edits;
    if (above) text(view, "Seed");
    const float item_w = above ? ImGui::GetContentRegionAvail().x : ImGui::CalcItemWidth();
    ImGui::SetNextItemWidth(item_w - ImGui::CalcTextSize("New seed").x - ImGui::GetStyle().FramePadding.x * 2.0f -
                            ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputText("##seed", e.seed.data(), e.seed.size(), ImGuiInputTextFlags_AutoSelectAll);
    if (ImGui::IsItemDeactivatedAfterEdit()) change_typed(s, view, param_field::seed, e.seed.data());
    ImGui::SameLine();
    if (button(view, "New seed")) {
        // Deterministic: the next seed is a splitmix64 output of the current one (no wall clock, no global state).
        session_settings next = s.settings();
        next.experiment.delays.clear();
        next.experiment.task_count = static_cast<std::uint32_t>(s.plan().delays.size());
        next.experiment.seed = splitmix64{s.settings().experiment.seed}.next() % 1'000'000'000ull;
        change(view, std::move(next));
    }
    if (above) return;
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    text(view, "Seed");
}

void draw_limit_and_blocking(const session& s, view_state& view, bool above) {
    int limit = static_cast<int>(s.settings().experiment.limit);
    const int limit_max = std::max(static_cast<int>(s.plan().delays.size()), 1);
    const std::string limit_label = field_label(view, "Limit", above);
    // Not AlwaysClamp: a value typed (Ctrl+click) above the task count reaches core's validator, which clamps it to
    // the count with a notice, as it does for the link's limit=.
    const bool moved = ImGui::SliderInt(limit_label.c_str(), &limit, 0, limit_max, limit == 0 ? "0 (unlimited)" : "%d");
    record_widget(view.widgets.limit_slider);
    note_labeled(view, limit_label.c_str(), limit == 0 ? std::string("0 (unlimited)") : std::to_string(limit));
    if (moved) {
        session_settings next = s.settings();
        next.experiment.limit = static_cast<std::uint32_t>(std::max(limit, 0));
        change(view, std::move(next));
    }
    edit_buffers& e = view.edits;
    const std::string blocking_label = field_label(view, "Blocking tasks", above);
    ImGui::InputTextWithHint(blocking_label.c_str(), "e.g. 3 or 3,7", e.blocking.data(), e.blocking.size());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Tasks that call time.sleep() instead of awaiting: none if empty");
    note_labeled(view, blocking_label.c_str(), e.blocking[0] == '\0' ? "e.g. 3 or 3,7" : "");
    if (ImGui::IsItemDeactivatedAfterEdit()) change_typed(s, view, param_field::block, e.blocking.data());
}

void draw_scale(const session& s, view_state& view, bool above) {
    double scale = s.settings().scale;
    const std::string scale_label = field_label(view, "Time scale", above);
    const bool moved =
        ImGui::SliderScalar(scale_label.c_str(), ImGuiDataType_Double, &scale, &min_scale, &max_scale,
                            "%.3g wall ms/ms", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
    note_labeled(view, scale_label.c_str(), format_text("%.3g wall ms/ms", scale));
    if (moved) view.commands.emplace_back(set_scale{scale});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Wall-clock ms per virtual ms");
    // Big runs at the seed's scale would take hours to watch: offer the scale that plays the run in 5 s.
    const double run_ms = static_cast<double>(s.sum_of_delays()) / 1000.0;
    if (small_button(view, "Fit run to 5 s")) view.commands.emplace_back(fit_scale{});
    record_widget(view.widgets.fit_scale_button);
    const std::string plays = format_text("plays in %.1f s", run_ms * s.settings().scale / 1000.0);
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(plays.c_str()).x) ImGui::NewLine();
    text_disabled(view, plays);
}

}  // namespace

void draw_settings(const session& s, view_state& view) {
    if (view.edits.generation != s.generation()) refill_edits(s, view.edits);
    const float label_w = ImGui::CalcTextSize("Blocking tasks").x + ImGui::GetStyle().ItemInnerSpacing.x;
    // Labels go above the fields when a frame beside them would be narrower than the widest value it shows.
    const bool above = ImGui::GetContentRegionAvail().x - label_w < ImGui::CalcTextSize("0 (unlimited)").x * 1.6f;
    ImGui::PushItemWidth(-label_w);
    draw_scenarios(s, view, above);
    draw_task_count(s, view, above);
    draw_delays(s, view, above);
    draw_seed(s, view, above);
    draw_limit_and_blocking(s, view, above);
    draw_scale(s, view, above);
    ImGui::PopItemWidth();
}

}  // namespace looplab::ui::panels
