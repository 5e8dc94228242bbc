# embed_text.cmake — writes a .cpp that holds a text file as a string, so tests read expectations under node too.
# Usage: cmake -DINPUT=file.txt -DOUTPUT=file.cpp -DSYMBOL=name -P embed_text.cmake
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}.tmp"
    "// Generated from ${INPUT} by embed_text.cmake; do not edit.\n"
    "#include <string_view>\n"
    "namespace looplab::python::test_data {\n"
    "extern const std::string_view ${SYMBOL};\n"
    "const std::string_view ${SYMBOL} = R\"looplab(${content})looplab\";\n"
    "}  // namespace looplab::python::test_data\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
