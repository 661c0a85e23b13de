/// A German address line `Straße Nr, PLZ Ort` split into the parts HSDS wants, and put back together.
///
/// `format(parse(x)) == x` for every text: an address that does not end in `, ` + five digits + ` ` +
/// a place keeps all of its text in `street` (HSDS `address_1`), with postal code and city empty.
struct PostalAddress: Equatable {
    var street: String
    var postalCode: String
    var city: String

    init(street: String, postalCode: String, city: String) {
        self.street = street
        self.postalCode = postalCode
        self.city = city
    }

    init(parsing text: String) {
        // The last ", NNNNN " in the text.
        let scalars = Array(text.unicodeScalars)
        var i = scalars.count - 8
        while i >= 1 {
            if scalars[i] == ",", scalars[i + 1] == " ", scalars[i + 7] == " ",
               (i + 2...i + 6).allSatisfy({ (0x30...0x39).contains(scalars[$0].value) }), i + 8 < scalars.count {
                self.init(street: String(String.UnicodeScalarView(scalars[..<i])),
                          postalCode: String(String.UnicodeScalarView(scalars[(i + 2)...(i + 6)])),
                          city: String(String.UnicodeScalarView(scalars[(i + 8)...])))
                return
            }
            i -= 1
        }
        self.init(street: text, postalCode: "", city: "")
    }

    var formatted: String {
        let place = [postalCode, city].filter { !$0.isEmpty }.joined(separator: " ")
        return place.isEmpty ? street : street.isEmpty ? place : street + ", " + place
    }
}
