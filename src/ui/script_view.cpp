// script_view.cpp — the mode bar (Experiment | Script), the Script view's windows in both layouts and its toolbar.
#include "session/script_examples.h"
#include "ui/panels.h"
#include "ui/script_panels.h"
#include "ui/tab_order.h"
#include "ui/text_fit.h"

#include <algorithm>
#include <array>

namespace looplab::ui::panels {

namespace {

constexpr ImGuiWindowFlags fixed_window = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                          ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoTitleBar;

// Short button labels for the examples (the full title is the tooltip), by script_examples() key.
struct example_label {
    std::string_view key;
    const char* label;
};
constexpr std::array<example_label, script_example_buttons> example_labels{{
    {"blog2016", "Blog 2016"},
    {"modern", "Modern"},
    {"gather_wait", "gather/wait"},
    {"create_task", "create_task"},
    {"semaphore", "Semaphore"},
    {"queue", "Queue"},
    {"blocking", "Blocking call"},
    {"forgotten_await", "Forgotten await"},
    {"wait_for", "wait_for"},
    {"taskgroup", "TaskGroup"},
}};

const char* label_of(const script_example& e) {
    for (const example_label& l : example_labels)
        if (l.key == e.key) return l.label;
    return e.title.data();
}

void begin_script_window(view_state& view, const char* name, const ui_rect& r, ImGuiWindowFlags window_flags) {
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(r.w, r.h), ImGuiCond_Always);
    ImGui::Begin(name, nullptr, fixed_window | window_flags);
    if (view.window_count < view.windows.size()) {
        const ImVec2 pos = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        view.windows[view.window_count++] = window_record{name, ui_rect{pos.x, pos.y, size.x, size.y}};
    }
    tab_order_window_begun(view, name);
}

void run_editor_text(const session& s, view_state& view) { load_and_run(s, view, view.script.editor.text); }

void draw_examples(const session& s, view_state& view, bool as_menu) {
    const auto examples = script_examples();
    if (as_menu) {
        ImGui::SetNextItemWidth(
            std::min(ImGui::GetContentRegionAvail().x * 0.45f, 220.0f));  // leaves room for Run and File
        if (ImGui::BeginCombo("##examples", "Examples")) {
            for (const script_example& e : examples)
                if (ImGui::Selectable(e.title.data())) load_and_run(s, view, std::string{e.text});
            ImGui::EndCombo();
        }
        record_widget(view.script.widgets.examples_combo);
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Examples:");
    for (std::size_t i = 0; i < examples.size() && i < script_example_buttons; ++i) {
        const char* label = label_of(examples[i]);
        const float w = ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Button(label)) load_and_run(s, view, std::string{examples[i].text});
        ImGui::PopID();
        record_widget(view.script.widgets.examples[i]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: loads and runs it", examples[i].title.data());
    }
}

}  // namespace

void push_script(view_state& view, script_command command) {
    view.commands.emplace_back(script_view_command{std::move(command)});
}

void load_and_run(const session& s, view_state& view, std::string text) {
    push_script(view, script_start{s.settings().experiment.seed});
    push_script(view, script_load{std::move(text)});
}

void draw_mode_bar(view_state& view, ImGuiWindowFlags window_flags) {
    begin_script_window(view, "Mode", view.layout.mode_bar, window_flags | ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14.0f, ImGui::GetStyle().FramePadding.y));
    if (ImGui::BeginTabBar("mode")) {
        const page_mode before = view.mode;
        const auto tab = [&](const char* label, page_mode mode, widget_rect& w) {
            const ImGuiTabItemFlags flags =
                view.mode_request_pending && view.requested_mode == mode ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open = ImGui::BeginTabItem(label, nullptr, flags);
            record_widget(w);
            if (open) {
                if (!view.mode_request_pending) view.mode = mode;  // a requested mode holds until its tab is open
                if (mode == view.requested_mode) view.mode_request_pending = false;
                ImGui::EndTabItem();
            }
        };
        const bool narrow = view.layout.kind == layout_kind::narrow;
        tab(narrow ? "Experiment###experiment" : "Experiment: sequential vs asyncio###experiment",
            page_mode::experiment, view.script.widgets.experiment_tab);
        tab(narrow ? "Script###script" : "Script: your own asyncio###script", page_mode::script,
            view.script.widgets.script_tab);
        ImGui::EndTabBar();
        if (view.mode != before) view.script.editor.goto_line = 0;
    }
    ImGui::PopStyleVar();
    // (A new tab bar, in the page's first frames, can take a frame or two to select the requested tab.)
    ImGui::End();
}

void draw_script_toolbar(const session& s, view_state& view) {
    const script_session& sc = s.script();
    const bool narrow = view.layout.kind == layout_kind::narrow;
    script_widgets& w = view.script.widgets;
    draw_examples(s, view, narrow);
    if (narrow) ImGui::SameLine();
    if (ImGui::Button("Run###run")) run_editor_text(s, view);
    record_widget(w.run_button);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Runs the editor's script from t = 0 with the page's seed (Ctrl+Enter)");
    if (sc.still_running()) {
        ImGui::SameLine();
        if (ImGui::Button("Stop###stop")) push_script(view, script_stop{});
        record_widget(w.stop_button);
    }
    // Sharing: what was run last (script_share.h builds each request; the editor's unrun edits are not in it). On a
    // phone they go in a File menu with Open file, so the toolbar keeps the scrub slider above the fold.
    struct share_item {
        const char* label;
        script_report what;
        widget_rect* rect;
        const char* tip;
    };
    const std::array<share_item, 3> shares{{
        {"Copy link", script_report::link_to_clipboard, &w.copy_link_button,
         "A link with the script in it (#code=), on the clipboard and in the address bar"},
        {"Download script", script_report::script_download, &w.download_script_button, "Saves script.py"},
        {"Download trace", script_report::trace_download, &w.download_trace_button,
         "The tasks as a Chrome trace (chrome://tracing, Perfetto)"},
    }};
    constexpr const char* open_file_tip = "Opens a .py file from your device (dropping one on the page works too)";
    if (narrow) {  // on the first row, beside Run
        ImGui::SameLine();
        if (ImGui::Button("File###sfile")) ImGui::OpenPopup("file_menu");
        record_widget(w.file_menu_button);
        if (ImGui::BeginPopup("file_menu")) {
            if (ImGui::Selectable("Open file...")) push_script(view, export_script{script_report::file_to_open});
            record_widget(w.open_file_button);
            ImGui::BeginDisabled(!sc.has_run());
            for (const share_item& item : shares) {
                if (ImGui::Selectable(item.label)) push_script(view, export_script{item.what});
                record_widget(*item.rect);
            }
            ImGui::EndDisabled();
            ImGui::EndPopup();
        }
    }
    if (!narrow) ImGui::SameLine();
    ImGui::BeginDisabled(!sc.has_run());
    if (ImGui::Button(sc.playing() ? "Pause###splay" : "Play###splay")) push_script(view, playback::toggle);
    record_widget(w.play_button);
    ImGui::SameLine();
    if (ImGui::Button("Back###sback")) push_script(view, playback::step_back);
    record_widget(w.step_back_button);
    ImGui::SameLine();
    if (ImGui::Button("Step###sstep")) push_script(view, playback::step);
    record_widget(w.step_button);
    ImGui::SameLine();
    if (ImGui::Button("Restart###srestart")) push_script(view, playback::restart);
    record_widget(w.restart_button);
    ImGui::SameLine();
    if (ImGui::Button("End###send")) push_script(view, playback::end);
    record_widget(w.end_button);
    ImGui::EndDisabled();
    if (!narrow) {
        same_line_if_fits(ImGui::CalcTextSize("Open file...").x + ImGui::GetStyle().FramePadding.x * 2.0f);
        if (ImGui::Button("Open file...###sopen")) push_script(view, export_script{script_report::file_to_open});
        record_widget(w.open_file_button);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", open_file_tip);
        ImGui::BeginDisabled(!sc.has_run());
        for (const share_item& item : shares) {
            same_line_if_fits(ImGui::CalcTextSize(item.label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
            if (ImGui::Button(item.label)) push_script(view, export_script{item.what});
            record_widget(*item.rect);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", item.tip);
        }
        ImGui::EndDisabled();
    }
    ImGui::BeginDisabled(!sc.has_run());
    double cursor_ms = sc.cursor_us() / 1000.0;
    const double end_ms = static_cast<double>(sc.now_us()) / 1000.0;
    const double zero = 0.0;
    ImGui::SetNextItemWidth(narrow ? -1.0f : std::max(ImGui::GetContentRegionAvail().x * 0.45f, 120.0f));
    if (ImGui::SliderScalar("##sscrub", ImGuiDataType_Double, &cursor_ms, &zero, &end_ms, "t = %.3f ms"))
        push_script(view, scrub_to{cursor_ms * 1000.0});
    record_widget(w.scrub_slider);
    ImGui::EndDisabled();
    if (!narrow) ImGui::SameLine();
    const bool error = sc.has_run() && sc.script().error().present;
    const ImVec4 colour = error                ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f)
                          : sc.still_running() ? ImVec4(1.0f, 0.85f, 0.4f, 1.0f)
                                               : ImVec4(0.6f, 0.9f, 0.6f, 1.0f);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(colour, "%s", sc.status_text().c_str());
    if (view.script.editor.text != sc.text() && sc.has_run()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(edited: Run to apply)");
    }
}

void draw_script_view(const session& s, view_state& view, ImGuiWindowFlags window_flags) {
    const playground_layout& l = view.layout;
    begin_script_window(view, "Script toolbar", l.script_toolbar, window_flags);
    draw_script_toolbar(s, view);
    ImGui::End();
    if (l.kind == layout_kind::wide) {
        begin_script_window(view, "Script editor", l.script_editor, window_flags | ImGuiWindowFlags_NoScrollbar);
        draw_script_editor(s, view, ImGui::GetContentRegionAvail());
        ImGui::End();
        begin_script_window(view, "Script timeline", l.script_timeline, window_flags | ImGuiWindowFlags_NoScrollbar);
        draw_script_timeline(s, view, ImGui::GetContentRegionAvail());
        ImGui::End();
        begin_script_window(view, "Script output", l.script_output, window_flags | ImGuiWindowFlags_NoScrollbar);
        draw_script_output(s, view, ImGui::GetContentRegionAvail());
        ImGui::End();
        return;
    }
    begin_script_window(view, "Script panes", l.script_panes, window_flags | ImGuiWindowFlags_NoScrollbar);
    script_view_state& sv = view.script;
    if (ImGui::BeginTabBar("panes")) {
        const auto pane = [&](const char* label, script_pane which, widget_rect& w) {
            const ImGuiTabItemFlags flags =
                sv.pane_request_pending && sv.requested_pane == which ? ImGuiTabItemFlags_SetSelected : 0;
            const bool open = ImGui::BeginTabItem(label, nullptr, flags);
            record_widget(w);
            if (!open) return;
            sv.pane = which;
            const ImVec2 avail = ImGui::GetContentRegionAvail();
            if (which == script_pane::editor) draw_script_editor(s, view, avail);
            if (which == script_pane::timeline) draw_script_timeline(s, view, avail);
            if (which == script_pane::output) draw_script_output(s, view, avail);
            ImGui::EndTabItem();
        };
        pane("Editor", script_pane::editor, sv.widgets.editor_pane_tab);
        pane("Timeline", script_pane::timeline, sv.widgets.timeline_pane_tab);
        pane("Output", script_pane::output, sv.widgets.output_pane_tab);
        ImGui::EndTabBar();
    }
    sv.pane_request_pending = false;
    ImGui::End();
}

}  // namespace looplab::ui::panels
