import CLibFuzzer
#if canImport(Glibc)
import Glibc
#endif

// SwiftPM gives an executable its own entry point, so libFuzzer's `main` is not used: this one
// hands the command line (libFuzzer's flags, corpus directories, or files to replay) to its driver.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
