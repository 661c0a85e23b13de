import Testing
@testable import KetteTUI

/// Which terminal description the navigator uses when `TERM` is unknown on the machine.
@Suite struct TerminalTypeTests {
    /// A machine with the usual Debian terminfo entries (ncurses-base).
    static let onThisServer: Set<String> = ["xterm-256color", "xterm", "vt100", "linux", "screen-256color", "tmux-256color", "dumb"]
    static func known(_ t: String) -> Bool { onThisServer.contains(t) }
    static func addressable(_ t: String) -> Bool { t != "dumb" }

    static func decide(_ term: String?, colorTerm: String? = nil, known: (String) -> Bool = known) -> TerminalType.Decision {
        TerminalType.decide(term: term, colorTerm: colorTerm) { name in
            known(name) ? (addressable(name) ? .addressable : .notAddressable) : nil
        }
    }

    @Test func aKnownTerminalIsUsedAsItIs() {
        for t in ["xterm-256color", "linux", "vt100", "tmux-256color"] { #expect(Self.decide(t) == .use(t)) }
    }

    @Test func anUnknownColourTerminalFallsBackToThe256ColourXterm() {
        #expect(Self.decide("xterm-kitty", colorTerm: "truecolor") == .fallback(from: "xterm-kitty", to: "xterm-256color"))
        #expect(Self.decide("alacritty", colorTerm: "truecolor") == .fallback(from: "alacritty", to: "xterm-256color"))
        #expect(Self.decide("foot-256color") == .fallback(from: "foot-256color", to: "xterm-256color"))
    }

    /// ssh passes TERM on but not COLORTERM: the modern emulators are known by name.
    @Test func aModernEmulatorOverSSHGetsTheColoursItHas() {
        for t in ["xterm-kitty", "xterm-ghostty", "alacritty", "foot", "wezterm"] {
            #expect(Self.decide(t) == .fallback(from: t, to: "xterm-256color"), "\(t)")
        }
    }

    @Test func anUnknownPlainTerminalFallsBackToXterm() {
        #expect(Self.decide("weird-term") == .fallback(from: "weird-term", to: "xterm"))
        #expect(Self.decide(nil) == .fallback(from: nil, to: "xterm"))
        #expect(Self.decide("") == .fallback(from: nil, to: "xterm"))
    }

    @Test func aMachineWithFewEntriesGetsWhatItHas() {
        #expect(Self.decide("xterm-kitty", colorTerm: "truecolor", known: { $0 == "vt100" }) == .fallback(from: "xterm-kitty", to: "vt100"))
        #expect(Self.decide("xterm-kitty", known: { _ in false }) == .unusable("xterm-kitty"))
    }

    @Test func aTerminalThatCannotMoveTheCursorIsUnusable() {
        #expect(Self.decide("dumb") == .unusable("dumb"))
        #expect(Self.decide("dumb", colorTerm: "truecolor") == .unusable("dumb"), "a known dumb terminal is not replaced")
    }
}
