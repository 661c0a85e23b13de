import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import KetteCore

/// The only place that talks to the terminal: starts and ends ncurses, copies a
/// ``ScreenBuffer`` to the screen and turns key codes into ``Event``s.
public final class NcursesTerminal {
    public struct Options: Sendable {
        public var noColor = false
        /// Force plain ASCII (no UTF-8 symbols, ASCII line drawing).
        public var ascii = false
        /// What `TERM` leads to, when the caller has decided it already (to refuse an unusable
        /// terminal before the screen is taken); nil: ``start()`` decides.
        public var terminal: TerminalType.Decision?
        public init(noColor: Bool = false, ascii: Bool = false, terminal: TerminalType.Decision? = nil) {
            self.noColor = noColor
            self.ascii = ascii
            self.terminal = terminal
        }
    }

    private var baseTheme: Theme
    private var options: Options
    private var utf8 = true
    private var started = false
    private var pairs: [Role: (attr: attr_t, pair: Int16)] = [:]
    private var window: UnsafeMutablePointer<WINDOW>?

    public init(theme: Theme, options: Options) {
        self.baseTheme = theme
        self.options = options
    }

    /// The terminal description used instead of an unknown `TERM` (see ``TerminalType``).
    public private(set) var fallback: (from: String?, to: String)?

    /// What `TERM` (and `COLORTERM`) of this process lead to on this machine.
    public static func terminalDecision() -> TerminalType.Decision {
        let env = { (name: String) in getenv(name).map { String(cString: $0) } }
        return TerminalType.decide(term: env("TERM"), colorTerm: env("COLORTERM")) { name in
            switch kette_terminal_usable(name) {
            case 1: .addressable
            case 0: .notAddressable
            default: nil
            }
        }
    }

    /// Starts full-screen mode and returns the terminal's size. The caller has refused an
    /// ``TerminalType/Decision/unusable(_:)`` terminal before.
    public func start() -> (width: Int, height: Int) {
        utf8 = TerminalLocale.setUp() && !options.ascii
        Self.resetSignals()
        if case .fallback(let from, let to) = options.terminal ?? Self.terminalDecision() {
            setenv("TERM", to, 1)
            fallback = (from, to)
        }
        window = initscr()
        started = true
        cbreak()
        noecho()
        nonl()
        Self.disableFlowControl()
        keypad(kette_stdscr(), true)
        set_escdelay(25)
        // tmux and some terminals send these for Home/End, PgUp/PgDn, Delete and Shift-Tab whatever
        // TERM says (vt100's terminfo has none of them: the bytes would arrive as Esc, `[`, `6`, `~`).
        define_key("\u{1B}[Z", KEY_BTAB)
        // F1 (help) and F2 (save a form) as xterm sends them; linux's terminfo names the console's ESC[[A, ESC[[B.
        define_key("\u{1B}OP", KEY_F0 + 1)
        define_key("\u{1B}OQ", KEY_F0 + 2)
        define_key("\u{1B}[5~", KEY_PPAGE)
        define_key("\u{1B}[6~", KEY_NPAGE)
        define_key("\u{1B}[3~", KEY_DC)
        define_key("\u{1B}[1~", KEY_HOME)
        define_key("\u{1B}[4~", KEY_END)
        define_key("\u{1B}[H", KEY_HOME)
        define_key("\u{1B}[F", KEY_END)
        define_key("\u{1B}OH", KEY_HOME)
        define_key("\u{1B}OF", KEY_END)
        curs_set(1)
        setUpColors()
        return size
    }

    /// A parent may have blocked or ignored the signals the UI depends on (window size changes,
    /// and the ones after which ncurses restores the terminal). Unblock them, and give SIGWINCH
    /// its default so that ncurses installs its own handler.
    private static func resetSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGWINCH, SIG_DFL)
        // A dropped SSH connection (SIGHUP), a kill (SIGTERM), an interrupt (SIGINT) or Ctrl-\ (SIGQUIT,
        // which the Swift runtime would otherwise answer with its crash backtrace over the screen):
        // give the terminal back and leave.
        // Nothing is lost: saves are atomic and hold the store lock only while writing; the kernel
        // releases a flock when the process ends.
        for sig in [SIGHUP, SIGTERM, SIGINT, SIGQUIT] {
            signal(sig) { received in
                endwin()
                _exit(128 + received)
            }
        }
    }

    /// Ctrl-S saves a form: the tty must pass it on instead of pausing output (XOFF). Ctrl-C comes
    /// as a key too (the interrupt character is switched off), so that the navigator can ask before
    /// unsaved input is lost; SIGINT from elsewhere still ends it. ncurses restores the saved
    /// terminal modes, flow control and interrupt character included, in `endwin()`.
    private static func disableFlowControl() {
        var t = termios()
        guard tcgetattr(STDIN_FILENO, &t) == 0 else { return }
        t.c_iflag &= ~tcflag_t(IXON)
        // _POSIX_VDISABLE is 0 on Linux.
        withUnsafeMutableBytes(of: &t.c_cc) { $0[Int(VINTR)] = 0 }
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &t)
        // ncurses keeps its own copy of the program's modes: take this one in.
        def_prog_mode()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(kette_stdscr())), Int(getmaxy(kette_stdscr())))
    }

    /// Ends full-screen mode and gives the terminal back as it was.
    public func stop() {
        guard started else { return }
        started = false
        endwin()
    }

    deinit { stop() }

    private var colorsStarted = false

    private func setUpColors() {
        var theme = baseTheme
        let colorful = !options.noColor && has_colors()
        if colorful {
            if !colorsStarted {
                start_color()
                use_default_colors()
                colorsStarted = true
            }
            theme = theme.limited(toColors: Int(kette_colors()))
        } else {
            theme = theme.monochrome
        }
        for (i, role) in Role.allCases.enumerated() {
            let style = theme.style(for: role)
            var attr = kette_a_normal()
            if style.attributes.contains(.bold) { attr |= kette_a_bold() }
            if style.attributes.contains(.underline) { attr |= kette_a_underline() }
            if style.attributes.contains(.reverse) { attr |= kette_a_reverse() }
            if style.attributes.contains(.dim) { attr |= kette_a_dim() }
            var pair: Int16 = 0
            if colorful, i + 1 < Int(kette_color_pairs()) {
                pair = Int16(i + 1)
                init_pair(pair, Self.number(style.foreground), Self.number(style.background))
            }
            pairs[role] = (attr, pair)
        }
    }

    private static func number(_ c: ThemeColor) -> Int16 {
        switch c {
        case .terminalDefault: -1
        case .indexed(let n): Int16(n)
        }
    }

    /// Copies the buffer to the screen; ncurses sends only what changed.
    public func draw(_ buffer: ScreenBuffer) {
        let scr = kette_stdscr()
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                let style = pairs[cell.role] ?? (kette_a_normal(), 0)
                wattr_set(scr, style.attr, style.pair, nil)
                put(cell.character, x: x, y: y, on: scr)
            }
        }
        if let c = buffer.cursor {
            wmove(scr, Int32(c.y), Int32(c.x))
        }
        wrefresh(scr)
    }

    private func put(_ c: Character, x: Int, y: Int, on scr: UnsafeMutablePointer<WINDOW>?) {
        let line: UnsafePointer<cchar_t>?
        switch c {
        case "─": line = kette_wacs_hline()
        case "│": line = kette_wacs_vline()
        case "┌": line = kette_wacs_ulcorner()
        case "┐": line = kette_wacs_urcorner()
        case "└": line = kette_wacs_llcorner()
        case "┘": line = kette_wacs_lrcorner()
        default: line = nil
        }
        if let line {
            mvwadd_wch(scr, Int32(y), Int32(x), line)
            return
        }
        let shown = utf8 ? c : AsciiFallback.character(c)
        var chars = shown.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        chars.append(0)
        var cc = cchar_t()
        chars.withUnsafeBufferPointer { p in
            _ = setcchar(&cc, p.baseAddress, 0, 0, nil)
        }
        mvwadd_wch(scr, Int32(y), Int32(x), &cc)
    }

    /// Waits for the next key or resize.
    public func nextEvent() -> Event? {
        var ch: wint_t = 0
        let r = wget_wch(kette_stdscr(), &ch)
        if r == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(Int32(ch) - KEY_F0))
            case KEY_RESIZE:
                let s = size
                return .resize(width: s.width, height: s.height)
            default: return nil
            }
        }
        guard r == OK else { return nil }
        switch ch {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 3: return .ctrlC
        case 19: return .ctrlS
        case 12: return .redraw
        case 0..<32: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Switches to another theme (presentation mode) and repaints everything.
    public func setTheme(_ theme: Theme) {
        baseTheme = theme
        pairs = [:]
        setUpColors()
        clearok(kette_stdscr(), true)
    }

    /// With a poll interval, `nextEvent()` returns nil when no key came within it (for watching the store).
    public func setPollInterval(milliseconds: Int?) {
        wtimeout(kette_stdscr(), Int32(milliseconds ?? -1))
    }

    /// Forces a full repaint (Ctrl-L, or after the terminal was disturbed).
    public func invalidate() {
        clearok(kette_stdscr(), true)
    }
}
