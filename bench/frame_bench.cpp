// frame_bench.cpp — the cost of one full playground frame at N tasks, with ImGui's null backend
// (a context, DisplaySize, a built font atlas, no renderer), natively and as wasm under node. Prints one JSON line.
// Usage: looplab_frame_bench N [--frames F] [--warmup W]
// A frame is what the app's frame() does: advance the virtual clock by a 60 Hz wall delta (running the due tasks),
// then build both lanes' draw lists between ImGui::NewFrame and ImGui::Render.
#include "session/session.h"
#include "ui/playground.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

using steady = std::chrono::steady_clock;

constexpr double frame_dt_ms = 1000.0 / 60.0;

double us_since(steady::time_point t0) {
    return std::chrono::duration<double, std::micro>(steady::now() - t0).count();
}

int usage() {
    std::fprintf(stderr, "usage: looplab_frame_bench N [--frames F] [--warmup W]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    const int n = std::atoi(argv[1]);
    int frames = 120;  // 2 s of wall time: at the default scale 5 virtual ms, the seed delays' whole range
    int warmup = 3;    // the spawn frame and the first pumps are reported separately (first_frame_us)
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string_view arg = argv[i];
        if (arg == "--frames") frames = std::atoi(argv[i + 1]);
        else if (arg == "--warmup") warmup = std::atoi(argv[i + 1]);
        else return usage();
    }
    if (n <= 0 || frames <= 0 || warmup < 0) return usage();

    // ImGui's example_null: no window, no renderer; the font atlas is built so that text has metrics.
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280.0f, 720.0f);
    io.DeltaTime = static_cast<float>(frame_dt_ms / 1000.0);
    unsigned char* pixels = nullptr;
    int atlas_w = 0, atlas_h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_w, &atlas_h);

    looplab::session_settings settings;
    settings.experiment.task_count = static_cast<std::uint32_t>(n);

    const auto t_apply = steady::now();
    looplab::session s{settings};
    const double apply_us = us_since(t_apply);
    looplab::ui::view_state view;

    std::vector<double> frame_us;
    double first_frame_us = 0.0;
    std::size_t vertices = 0;
    for (int f = 0; f < warmup + frames; ++f) {
        const auto t0 = steady::now();
        s.advance(frame_dt_ms);
        ImGui::NewFrame();
        looplab::ui::draw_playground(s, view, io.DisplaySize.x, io.DisplaySize.y);
        ImGui::Render();
        for (const looplab::session_command& c : view.take_commands()) s.apply(c);
        (void)s.take_announcements();  // no announcer here
        const double us = us_since(t0);
        if (f == 0) first_frame_us = us;
        if (f >= warmup) frame_us.push_back(us);
        vertices = static_cast<std::size_t>(ImGui::GetDrawData()->TotalVtxCount);
    }
    std::vector<double> sorted = frame_us;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const double p95 = sorted[std::min(sorted.size() - 1, sorted.size() * 95 / 100)];
    double mean = 0.0;
    for (double us : frame_us) mean += us;
    mean /= static_cast<double>(frame_us.size());

    std::printf("{\"workload\": \"frame\", \"n\": %d, \"frames\": %d, \"us_per_frame\": %.3f, \"mean_us\": %.3f, "
                "\"p95_us\": %.3f, \"max_us\": %.3f, \"first_frame_us\": %.3f, \"apply_us\": %.3f, "
                "\"virtual_now_us\": %lld, \"vertices\": %zu",
                n, frames, median, mean, p95, sorted.back(), first_frame_us, apply_us,
                static_cast<long long>(s.lane_run(looplab::lane_mode::concurrent).source().now()), vertices);
#ifdef __EMSCRIPTEN__
    std::printf(", \"runtime\": \"looplab-wasm\"}\n");
#else
    std::printf(", \"runtime\": \"looplab-native\"}\n");
#endif
    ImGui::DestroyContext(context);
    return 0;
}
