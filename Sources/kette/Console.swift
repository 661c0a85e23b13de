import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writing to the terminal or a pipe.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Columns for tables: the terminal's width when stdout is a terminal, else 80.
    static var width: Int {
        if isatty(STDOUT_FILENO) != 0 {
            var ws = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col >= 60 { return Int(ws.ws_col) }
        }
        return 80
    }
}
