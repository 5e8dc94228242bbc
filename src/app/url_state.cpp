// URL hash <-> playground settings: a thin adapter over core's parser (parse_url_hash / to_url_hash).
#include "app/url_state.h"

namespace looplab::app {

// The UI's time-scale slider and core's validator must agree on the limits.
static_assert(ui::min_ms_per_virtual_ms == min_scale && ui::max_ms_per_virtual_ms == max_scale &&
              ui::default_ms_per_virtual_ms == default_scale);

hash_settings settings_from_hash(std::string_view hash) {
    const parsed_params parsed = parse_url_hash(hash);
    hash_settings out;
    out.settings.experiment = parsed.config;
    out.settings.ms_per_virtual_ms = parsed.scale;
    out.text_percent = parsed.text_percent;
    for (const param_problem& problem : parsed.problems) out.notices.push_back(url_message(problem));
    return out;
}

std::string hash_from_settings(const ui::playground_settings& settings, int text_percent) {
    return to_url_hash(settings.experiment, settings.ms_per_virtual_ms, text_percent);
}

}  // namespace looplab::app
