// The demo store's store.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let storeJSON = #"""
{
  "format": "kette-store",
  "version": 1,
  "municipality": "Musterstadt",
  "locale": "de-DE"
}

"""#
}
