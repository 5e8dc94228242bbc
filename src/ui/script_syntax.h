// script_syntax.h — syntax colouring for the Script view's editor: a small scanner from a line of Python (and the
// state the line before left) to coloured spans, the colours, and the editor's line table (where each line starts and
// the state it starts in), kept up to date across edits. It is a colourer, not the interpreter's lexer: it never
// fails, and incomplete code, unterminated strings and stray bytes get colours too.
//
// Usage:
//   looplab::ui::syntax_lines lines = looplab::ui::scan_syntax_lines(text);          // once per loaded text
//   looplab::ui::update_syntax_lines(lines, new_text, looplab::ui::edit_between(text, new_text));  // per edit
//   std::vector<looplab::ui::syntax_span> spans;
//   looplab::ui::scan_syntax_line(line_text, lines.states[i], &spans);  // spans of line i (byte offsets in the line)
//   ImU32 colour = looplab::ui::syntax_colour(spans[0].kind);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace looplab::ui {

// What a span of source is.
enum class syntax_kind : std::uint8_t {
    plain,  // names, operators, spaces: the editor's text colour
    keyword,  // Python 3.11's keywords (async and await too)
    builtin,  // builtin functions and exceptions (print, range, len, ValueError, ...)
    string,  // a string literal with its prefix and quotes (f-strings and triple-quoted strings too)
    comment,  // from '#' to the end of the line
    number,  // 12, 0x1f, 1_000, 3.5e-2, 2j
    decorator,  // '@' and the dotted name after it at a line's start
    definition,  // the name after def or class
};

// The state a line starts in: in code, or inside a string that an earlier line left open (a triple-quoted one, or
// a one-quote string continued by a backslash at the line's end).
enum class syntax_line_state : std::uint8_t { code, in_triple_single, in_triple_double, in_single, in_double };

// A coloured part of a line: bytes [begin, end) of the line.
struct syntax_span {
    std::uint32_t begin = 0;  // first byte
    std::uint32_t end = 0;  // one past the last byte
    syntax_kind kind = syntax_kind::plain;  // never plain: plain text has no span
};

// Scans one line (without its '\n') that starts in `start`; appends its spans in order to *out if out is not null;
// returns the state the next line starts in. Span edges never split a UTF-8 sequence.
syntax_line_state scan_syntax_line(std::string_view line, syntax_line_state start, std::vector<syntax_span>* out);

// The state each line of text starts in (lines split at '\n'; one entry per line, an empty text has one line).
std::vector<syntax_line_state> syntax_line_states(std::string_view text);

// A text's line table: where each line starts and the state it starts in (one entry of each per line).
struct syntax_lines {
    std::vector<int> starts{0};  // byte offset of each line: 0, then one past each '\n'
    std::vector<syntax_line_state> states{syntax_line_state::code};  // the state each line starts in
};

// One edit: bytes [at, at + removed) of the text before it became bytes [at, at + inserted) of the text after it.
struct text_edit {
    std::size_t at = 0;  // first changed byte
    std::size_t removed = 0;  // bytes of the text before the edit that went
    std::size_t inserted = 0;  // bytes of the text after the edit that came
};

// The edit from before to after that keeps their longest common prefix, then their longest common suffix (compared
// eight bytes at a time: memory speed, but every unchanged byte before the edit and after it is read).
text_edit edit_between(std::string_view before, std::string_view after);

// The line table of text, scanning every line.
syntax_lines scan_syntax_lines(std::string_view text);

// Brings lines, the table of the text before `edit`, up to date with text, the text after it: line starts after the
// edit shift, and lines are rescanned from the edit's first line through its last one, then on only while a line's
// start state differs from the one it had (a triple quote opened or closed rescans the rest of the text). Returns
// the lines scanned.
std::size_t update_syntax_lines(syntax_lines& lines, std::string_view text, text_edit edit);

// The spans of a whole text, as byte offsets into text (the tests' view of the scanner).
std::vector<syntax_span> scan_syntax_text(std::string_view text);

// The colour of a kind, packed as ImGui's IM_COL32 (R | G << 8 | B << 16 | A << 24); plain is 0 (the text colour).
std::uint32_t syntax_colour(syntax_kind kind);

// The kinds that have a colour of their own (every kind but plain).
inline constexpr syntax_kind coloured_syntax_kinds[] = {
    syntax_kind::keyword, syntax_kind::builtin,   syntax_kind::string,    syntax_kind::comment,
    syntax_kind::number,  syntax_kind::decorator, syntax_kind::definition};

}  // namespace looplab::ui
