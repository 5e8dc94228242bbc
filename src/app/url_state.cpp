// URL hash <-> playground settings: core's parser for the experiment, plus the page's time scale.
#include "app/url_state.h"

#include "core/params.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace looplab::app {

namespace {

// Pulls "scale=..." pairs out of the hash (core's parser does not know the page's time scale).
std::string take_scale(std::string_view hash, std::string& rest, bool& found) {
  std::string scale_text;
  found = false;
  while (!hash.empty()) {
    const std::size_t amp = hash.find('&');
    const std::string_view pair = hash.substr(0, amp);
    if (pair.substr(0, 6) == "scale=" || pair == "scale") {
      found = true;
      scale_text = std::string(pair.size() > 6 ? pair.substr(6) : std::string_view{});
    } else if (!pair.empty()) {
      if (!rest.empty()) rest += '&';
      rest += pair;
    }
    if (amp == std::string_view::npos) break;
    hash.remove_prefix(amp + 1);
  }
  return scale_text;
}

std::string shown(std::string_view text) {
  std::string s{text.substr(0, 40)};
  if (text.size() > 40) s += "...";
  return "'" + s + "'";
}

std::string format_scale(double scale) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", scale);
  return buffer;
}

}  // namespace

hash_settings settings_from_hash(std::string_view hash) {
  hash_settings out;
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  if (hash.size() > max_hash_length) {
    out.notices.push_back("The link's settings are " + std::to_string(hash.size()) + "+ characters long (accepted up to " +
                          std::to_string(max_hash_length) + "); only the first " + std::to_string(max_hash_length) +
                          " were read.");
    hash = hash.substr(0, max_hash_length);
  }
  std::string rest;
  bool has_scale = false;
  const std::string scale_text = take_scale(hash, rest, has_scale);

  const parsed_params parsed = parse_url_hash(rest);
  out.settings.experiment = parsed.config;
  for (const param_problem& problem : parsed.problems) out.notices.push_back(url_message(problem));

  if (has_scale) {
    const double lo = ui::min_ms_per_virtual_ms, hi = ui::max_ms_per_virtual_ms;
    const std::string accepted = "(accepted " + format_scale(lo) + ".." + format_scale(hi) + " wall ms per virtual ms)";
    errno = 0;
    char* end = nullptr;
    const std::string text = scale_text;
    const double value = text.empty() ? NAN : std::strtod(text.c_str(), &end);
    if (text.empty() || end == nullptr || *end != '\0' || !std::isfinite(value) || errno == ERANGE) {
      out.notices.push_back("scale: " + shown(scale_text) + " is not a number " + accepted + "; using " +
                            format_scale(ui::default_ms_per_virtual_ms));
    } else if (value < lo || value > hi) {
      const double nearest = value < lo ? lo : hi;
      out.settings.ms_per_virtual_ms = nearest;
      out.notices.push_back("scale: " + shown(scale_text) + " is out of range " + accepted + "; using " +
                            format_scale(nearest));
    } else {
      out.settings.ms_per_virtual_ms = value;
    }
  }
  return out;
}

std::string hash_from_settings(const ui::playground_settings& settings) {
  std::string hash = to_url_hash(settings.experiment);
  if (settings.ms_per_virtual_ms != ui::default_ms_per_virtual_ms) {
    if (!hash.empty()) hash += '&';
    hash += "scale=" + format_scale(settings.ms_per_virtual_ms);
  }
  return hash;
}

}  // namespace looplab::app
