# ctest translations.complete: runs lupdate over the current sources into a copy of the .ts (so the
# committed file is not touched) and lets re-tscheck judge the copy. New strings show up as
# untranslated, removed ones as obsolete. Arguments: -DLUPDATE= -DTSCHECK= -DTS= -DSOURCES_LIST= -DWORK_DIR=
get_filename_component(name ${TS} NAME)
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY_FILE ${TS} ${WORK_DIR}/${name})
execute_process(COMMAND ${LUPDATE} -locations none -silent @${SOURCES_LIST} -ts ${WORK_DIR}/${name}
                RESULT_VARIABLE lupdate_rc)
if(NOT lupdate_rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${lupdate_rc})")
endif()
execute_process(COMMAND ${TSCHECK} ${WORK_DIR}/${name} RESULT_VARIABLE check_rc)
if(NOT check_rc EQUAL 0)
  message(FATAL_ERROR "${name} is not complete. Update and translate it: see docs/translations.md")
endif()
