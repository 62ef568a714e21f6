# Per-target defaults: warnings, strict Qt string casts, hardening.
function(leadscope_target_defaults target)
    if(MSVC)
        # MSVC spells warnings differently; the GCC/Clang flags below would be errors there.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(LEADSCOPE_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                 -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2)
        if(LEADSCOPE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_DISABLE_DEPRECATED_BEFORE=0x060400
        LEADSCOPE_VERSION="${PROJECT_VERSION}")
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    if(NOT MSVC)
        target_compile_options(${target} PRIVATE -fstack-protector-strong)
    endif()
endfunction()
