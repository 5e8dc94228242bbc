// script_share.cpp — the Script view's host requests: the script itself (link, file) and its run as a trace.
#include "session/script_share.h"

#include "session/trace_export.h"

#include <vector>

namespace looplab {

std::string script_trace_json(const script_session& s) {
    if (!s.has_run()) return chrome_trace_json({});
    const run& r = s.current();
    std::vector<std::string> names;
    names.reserve(r.index().task_count());
    for (std::uint32_t row = 1; row <= r.index().task_count(); ++row) names.push_back(s.row_name(row));
    const trace_run runs[] = {{"Script", &r.index(), names}};
    return chrome_trace_json(runs);
}

host_request script_report_request(const script_session& s, script_report what) {
    switch (what) {
        case script_report::link_to_clipboard:
            return {host_request::kind::copy_script_link, "", "", s.text()};
        case script_report::script_download:
            return {host_request::kind::download, script_filename, "text/x-python", s.text()};
        case script_report::file_to_open:
            return {host_request::kind::pick_script_file, "", "", ""};
        case script_report::trace_download:
            break;
    }
    return {host_request::kind::download, script_trace_filename, "application/json", script_trace_json(s)};
}

}  // namespace looplab
