// host.h — what the session asks of its platform (clipboard, file download, aria-live) and the one function that
// hands the session's queued requests and announcements to it. The app fills the functions; tests record.
//
// Usage:
//   looplab::session_host host{.copy_to_clipboard = ..., .download = ..., .announce = ..., .share_url = ...};
//   looplab::deliver(s, host);   // once per frame, after the commands were applied
#pragma once

#include "session/session.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace looplab {

// The platform's side. Any function may be empty: its requests are then dropped.
struct session_host {
    std::function<void(std::string_view text)> copy_to_clipboard;  // puts text on the clipboard
    std::function<void(std::string_view filename, std::string_view mime, std::string_view data)>
        download;  // saves a file
    std::function<void(std::string_view line)> announce;  // plain-text screen-reader mirror (aria-live)
    std::function<std::string()> share_url;  // the page URL with the current hash
    std::function<void(std::string_view script)> copy_script_link;  // a `#code=` link of script: clipboard, URL
    std::function<void(std::string_view script)> open_script;  // opens script in the Script view
    std::function<void()> pick_script_file;  // lets the user choose a script file to open
};

// Hands requests to the host, oldest first.
inline void deliver_requests(const std::vector<host_request>& requests, const session_host& host) {
    for (const host_request& r : requests) {
        switch (r.what) {
            case host_request::kind::copy_text:
                if (host.copy_to_clipboard) host.copy_to_clipboard(r.text);
                break;
            case host_request::kind::copy_link:
                if (host.copy_to_clipboard && host.share_url) host.copy_to_clipboard(host.share_url());
                break;
            case host_request::kind::download:
                if (host.download) host.download(r.filename, r.mime, r.text);
                break;
            case host_request::kind::copy_script_link:
                if (host.copy_script_link) host.copy_script_link(r.text);
                break;
            case host_request::kind::open_script:
                if (host.open_script) host.open_script(r.text);
                break;
            case host_request::kind::pick_script_file:
                if (host.pick_script_file) host.pick_script_file();
                break;
        }
    }
}

// Hands every queued request and announcement to the host, oldest first, and clears the queues.
inline void deliver(session& s, const session_host& host) {
    deliver_requests(s.take_host_requests(), host);
    if (host.announce)
        for (const std::string& line : s.take_announcements()) host.announce(line);
    else
        (void)s.take_announcements();
}

}  // namespace looplab
