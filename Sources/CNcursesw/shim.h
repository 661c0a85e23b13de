#ifndef KETTE_NCURSES_SHIM_H
#define KETTE_NCURSES_SHIM_H

/* The wide-character API stays hidden unless this is set before curses.h. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Attribute macros Swift cannot import. */
static inline attr_t kette_a_normal(void)    { return A_NORMAL; }
static inline attr_t kette_a_bold(void)      { return A_BOLD; }
static inline attr_t kette_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kette_a_reverse(void)   { return A_REVERSE; }
static inline attr_t kette_a_dim(void)       { return A_DIM; }

/* Globals that Swift 6 refuses to read directly. */
static inline WINDOW *kette_stdscr(void) { return stdscr; }
static inline int kette_colors(void)     { return COLORS; }
static inline int kette_color_pairs(void){ return COLOR_PAIRS; }

/* Line drawing; valid only after initscr/newterm. */
static inline const cchar_t *kette_wacs_hline(void)    { return WACS_HLINE; }
static inline const cchar_t *kette_wacs_vline(void)    { return WACS_VLINE; }
static inline const cchar_t *kette_wacs_ulcorner(void) { return WACS_ULCORNER; }
static inline const cchar_t *kette_wacs_urcorner(void) { return WACS_URCORNER; }
static inline const cchar_t *kette_wacs_llcorner(void) { return WACS_LLCORNER; }
static inline const cchar_t *kette_wacs_lrcorner(void) { return WACS_LRCORNER; }

/* Whether the machine has a terminfo entry for `name` (-1: none) and whether it can move the
   cursor (1) or not (0). The description is released again; initscr loads its own. */
#include <ncursesw/term.h>
static inline int kette_terminal_usable(const char *name) {
    int err = 0;
    if (setupterm((char *)name, 1, &err) != OK) return -1;
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (const char *)-1;
    TERMINAL *loaded = set_curterm(NULL);
    if (loaded) del_curterm(loaded);
    return usable;
}

/* Code set of the current locale (nl_langinfo needs a macro argument). */
static inline const char *kette_codeset(void) { return nl_langinfo(CODESET); }

#endif
