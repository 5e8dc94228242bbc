// soak_test.cpp — the playground under a long random session with ImGui's null backend (no window, no GL):
// 100,000 frames, a random parameter change or command every few frames, RSS flat after warm-up.
// Usage: looplab_soak [--frames N] [--no-rss-check]   (prints start/end RSS; exit 1 if RSS grew)
#include "ui/playground.h"

#include "app/text/command_text.h"
#include "core/params.h"
#include "session/host.h"
#include "session/session.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace looplab;

// Resident set size in MB, from /proc/self/statm (Linux; the soak runs natively there).
double rss_mb() {
    std::FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f) return 0.0;
    unsigned long long size = 0, resident = 0;
    const int read = std::fscanf(f, "%llu %llu", &size, &resident);
    std::fclose(f);
    return read == 2 ? static_cast<double>(resident) * 4096.0 / (1024.0 * 1024.0) : 0.0;
}

// Hashes a stranger might send: valid ones and hostile ones, through core's one validator (as the app does).
const std::vector<std::string> hostile_hashes = {"tasks=-5",
                                                 "tasks=1e12",
                                                 "tasks=abc",
                                                 "seed=-1",
                                                 "seed=99999999999999999999",
                                                 "scale=NaN",
                                                 "scale=1e-9",
                                                 "limit=50&tasks=3",
                                                 "colour=red&x=1&y=2",
                                                 "tasks=%",
                                                 "tasks=%zz",
                                                 "seed=%E0%A4",
                                                 "tasks=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                                                 "seed=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
                                                 "delays=1,,x,99999,0.5&block=1,2,99",
                                                 "dist=heavy&seed=7&limit=3&block=2",
                                                 "pad=" + std::string(20000, 'x')};

class random_user {
public:
    explicit random_user(std::uint64_t seed) : m_rng(seed) {}

    // One random change: a URL-like apply (hostile or random), a user change, or a command.
    void change(session& pg, ui::view_state& view) {
        switch (pick(10)) {
            case 0: {
                const parsed_params p = parse_url_hash(hostile_hashes[pick(hostile_hashes.size())]);
                apply(pg, p);
                break;
            }
            case 1:
            case 2: {
                session_settings s;
                s.experiment.task_count = static_cast<std::uint32_t>(1 + pick(m_max_tasks));
                s.experiment.seed = m_rng();
                s.experiment.distribution = static_cast<delay_distribution>(pick(delay_distribution_count));
                s.experiment.limit = static_cast<std::uint32_t>(pick(4) == 0 ? pick(8) : 0);
                if (pick(4) == 0)
                    s.experiment.blocking_tasks = {static_cast<std::uint32_t>(1 + pick(s.experiment.task_count))};
                s.scale = std::vector<double>{0.001, 1, 40, 400, 4000}[pick(5)];
                if (pick(2) == 0)
                    pg.apply(load_settings{s, {}});
                else
                    pg.apply(change_settings{s, {}});
                break;
            }
            case 3: {
                session_settings s;
                const std::size_t n = 1 + pick(40);
                for (std::size_t i = 0; i < n; ++i)
                    s.experiment.delays.push_back(static_cast<virtual_duration>(pick(3000)));
                s.scale = 4;
                pg.apply(change_settings{s, {}});
                break;
            }
            default: {
                static const char* const verbs[] = {
                    "play",        "pause",      "toggle",          "step",          "restart",
                    "end",         "scrub:1500", "scrub:0",         "tab:lanes",     "tab:settings",
                    "tab:console", "tab:python", "tab:monte_carlo", "scenario:blog", "scenario:blocking",
                    "bogus"};
                app::run_command_text(pg, view, verbs[pick(std::size(verbs))]);
            }
        }
    }

    void apply(session& pg, const parsed_params& p) {
        session_settings s;
        s.experiment = p.config;
        s.scale = p.scale;
        // Bounded like the other sizes here: a hostile 1e12 becomes 100000 tasks, which is the refusal path
        // the browser test covers; the soak keeps N small so that 100k frames fit in a minute.
        s.experiment.task_count = std::min<std::uint32_t>(s.experiment.task_count, m_max_tasks);
        pg.apply(load_settings{s, p.problems});
    }

    std::size_t pick(std::size_t n) { return static_cast<std::size_t>(m_rng() % n); }
    std::uint32_t max_tasks() const { return m_max_tasks; }

private:
    std::mt19937_64 m_rng;
    std::uint32_t m_max_tasks = 2000;
};

struct frame_runner {
    session pg;
    ui::view_state view;
    session_host host;
    std::uint64_t announced = 0;
    std::size_t downloaded_bytes = 0;

    frame_runner() {
        host.announce = [this](std::string_view) { ++announced; };
        host.copy_to_clipboard = [](std::string_view) {};
        host.download = [this](std::string_view, std::string_view, std::string_view data) {
            downloaded_bytes += data.size();
        };
        host.share_url = [] { return std::string{"http://127.0.0.1/#"}; };
    }

    void frame(float w, float h) {
        pg.advance(1000.0 / 60.0);
        ImGui::GetIO().DisplaySize = ImVec2(w, h);
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ui::draw_playground(pg, view, w, h);
        ImGui::Render();
        for (const session_command& c : view.take_commands()) pg.apply(c);
        deliver(pg, host);
    }
};

}  // namespace

int main(int argc, char** argv) {
    long frames = 100000;
    bool check_rss = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--frames") == 0 && i + 1 < argc)
            frames = std::max(1000L, std::atol(argv[++i]));
        else if (std::strcmp(argv[i], "--no-rss-check") == 0)
            check_rss = false;
    }

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    unsigned char* pixels = nullptr;
    int atlas_w = 0, atlas_h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_w, &atlas_h);

    const double start_rss = rss_mb();
    {
        frame_runner run;
        random_user s{20240601};
        // Warm-up: the largest run the session uses, every tab and both layouts, so that later frames only reuse.
        session_settings biggest;
        biggest.experiment.task_count = s.max_tasks();
        biggest.experiment.distribution = delay_distribution::heavy;
        run.pg.apply(load_settings{biggest, {}});
        run.pg.apply(playback::end);
        for (const char* tab : {"tab:lanes", "tab:settings", "tab:console", "tab:python", "tab:monte_carlo"}) {
            app::run_command_text(run.pg, run.view, tab);
            for (int i = 0; i < 5; ++i) run.frame(1280, 720);
            for (int i = 0; i < 5; ++i) run.frame(390, 844);
        }

        const long warm_up_frames = frames / 10;
        double warm_up_rss = 0.0, last_quarter_max = 0.0;
        long next_change = 0;
        for (long f = 0; f < frames; ++f) {
            if (f == next_change) {
                s.change(run.pg, run.view);
                next_change = f + 1 + static_cast<long>(s.pick(6));  // every 1..6 frames
            }
            const bool narrow = (f / 5000) % 4 == 3;  // a phone-sized stretch every 20,000 frames
            run.frame(narrow ? 390.0f : 1280.0f, narrow ? 844.0f : 720.0f);
            if (f % 1000 == 0 || f == frames - 1) {
                const double rss = rss_mb();
                if (f <= warm_up_frames) warm_up_rss = std::max(warm_up_rss, rss);
                if (f >= frames - frames / 4) last_quarter_max = std::max(last_quarter_max, rss);
            }
            if (f % 20000 == 0) std::printf("soak: frame %ld rss %.1f MB\n", f, rss_mb());
        }
        const double end_rss = rss_mb();
        const double allowed = warm_up_rss * 1.1 + 4.0;
        std::printf(
            "soak: %ld frames; rss start %.1f MB, after warm-up %.1f MB, end %.1f MB, last-quarter max %.1f MB"
            " (allowed %.1f MB); %llu announcements, %zu notices shown\n",
            frames, start_rss, warm_up_rss, end_rss, last_quarter_max, allowed,
            static_cast<unsigned long long>(run.announced), run.pg.notices().size());
        if (check_rss && last_quarter_max > allowed) {
            std::printf("soak: FAILED: RSS grew after warm-up\n");
            ImGui::DestroyContext();
            return 1;
        }
    }
    ImGui::DestroyContext();
    std::printf("soak: passed\n");
    return 0;
}
