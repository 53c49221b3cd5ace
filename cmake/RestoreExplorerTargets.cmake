# Settings every target of ours gets: strict warnings and Qt's strict string rules.
# Third-party and Qt headers come in as system includes, so -Werror only bites our code.
function(re_apply_project_settings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(RE_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# core must never reach Qt Gui or Widgets: the headless CLI and the emulator-free tests rely on it.
function(re_assert_no_gui target)
  get_target_property(libs ${target} LINK_LIBRARIES)
  get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
  foreach(lib IN LISTS libs ilibs)
    if(lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Svg)")
      message(FATAL_ERROR "${target} links ${lib}: core must stay free of Qt Gui/Widgets")
    endif()
  endforeach()
endfunction()
