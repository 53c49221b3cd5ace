# What is translated, shared by qt_add_translations (ui/CMakeLists.txt) and the completeness test
# (tests/ui/CMakeLists.txt). Globbed so strings in files added later are found without editing this.
set(RE_TS_FILES ${PROJECT_SOURCE_DIR}/translations/restore_explorer_de.ts)
file(GLOB_RECURSE RE_TRANSLATED_SOURCES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h)
list(APPEND RE_TRANSLATED_SOURCES ${PROJECT_SOURCE_DIR}/app/main_gui.cpp)
list(SORT RE_TRANSLATED_SOURCES)
# No line numbers and no obsolete entries: .ts diffs stay reviewable (qt-anchors.md).
set(RE_LUPDATE_OPTIONS -no-obsolete -locations none)
