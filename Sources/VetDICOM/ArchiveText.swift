// Text normalization for matching animals across an archive: case, spacing, punctuation and
// diacritics folded without Foundation (a table for Latin-1 and Latin Extended-A), species
// names in several languages and SNOMED CT codes, Patient ID formats.

enum ArchiveText {
    /// Base letters of U+0100...U+017F (Latin Extended-A), as runs of (letters, count).
    private static let extendedA: [String] = {
        let runs: [(String, Int)] = [("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10),
                                     ("ij", 2), ("j", 2), ("k", 3), ("l", 10), ("n", 9), ("o", 6), ("oe", 2),
                                     ("r", 6), ("s", 8), ("t", 6), ("u", 12), ("w", 2), ("y", 3), ("z", 6), ("s", 1)]
        var t: [String] = []
        for (s, n) in runs { for _ in 0..<n { t.append(s) } }
        return t // 128 entries
    }()
    /// Base letters of U+00C0...U+00FF (Latin-1 letters); "" for the × and ÷ signs.
    private static let latin1: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    /// Lower-case ASCII words: letters folded to their base (é -> e, ß -> ss, Ł -> l), combining
    /// marks dropped, every other character a word break. "  Chloé-Marie (DOG). " -> "chloe marie dog".
    static func fold(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var space = false
        func put(_ t: String) {
            if space && !out.isEmpty { out += " " }
            space = false
            out += t
        }
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x30...0x39, 0x61...0x7A: put(String(u))
            case 0x41...0x5A: put(String(Unicode.Scalar(v + 32) ?? u))
            case 0x27, 0x2019: continue // O'Brien -> obrien
            case 0xC0...0xFF: let t = latin1[Int(v - 0xC0)]; if t.isEmpty { space = true } else { put(t) }
            case 0x100...0x17F: put(extendedA[Int(v - 0x100)])
            case 0x300...0x36F: continue
            default: space = true
            }
        }
        return out
    }

    /// The folded text without spaces: the matching key of a name ("Mister  Whiskers" == "MisterWhiskers").
    static func key(_ s: String) -> String { fold(s).split(separator: " ").joined() }

    static func words(_ s: String) -> [String] { fold(s).split(separator: " ").map(String.init) }

    // MARK: species

    /// Canonical species by folded word or phrase (English, German, French, Spanish, Italian,
    /// Dutch, Portuguese, Polish, and the Latin names).
    static let speciesWords: [String: String] = {
        let table: [(String, [String])] = [
            ("dog", ["dog", "dogs", "canine", "canines", "canis", "canis familiaris", "canis lupus familiaris", "k9",
                     "k 9", "hund", "chien", "chienne", "perro", "perra", "cane", "hond", "cao", "pies", "koira", "puppy"]),
            ("cat", ["cat", "cats", "feline", "felines", "felis", "felis catus", "felis silvestris catus", "katze",
                     "kater", "chat", "chatte", "gato", "gata", "gatto", "kat", "kot", "kissa", "kitten"]),
            ("horse", ["horse", "horses", "equine", "equus", "equus caballus", "equus ferus caballus", "pferd", "cheval",
                       "caballo", "cavallo", "paard", "cavalo", "kon", "pony", "mare", "stallion", "gelding", "foal"]),
            ("rabbit", ["rabbit", "rabbits", "lagomorph", "oryctolagus cuniculus", "lapin", "kaninchen", "conejo",
                        "coniglio", "konijn", "coelho", "krolik", "bunny"]),
            ("cattle", ["cattle", "bovine", "cow", "bull", "calf", "bos taurus", "rind", "vache", "vaca", "mucca"]),
            ("pig", ["pig", "porcine", "swine", "sus scrofa", "sus scrofa domesticus", "schwein", "cochon", "cerdo"]),
            ("sheep", ["sheep", "ovine", "ovis aries", "schaf", "mouton", "oveja"]),
            ("goat", ["goat", "caprine", "capra hircus", "ziege", "chevre", "cabra"]),
            ("ferret", ["ferret", "mustela furo", "frettchen", "furet", "huron"]),
            ("guinea pig", ["guinea pig", "cavia porcellus", "meerschweinchen", "cobaye", "cobaya", "cavy"]),
            ("bird", ["bird", "avian", "parrot", "budgie", "vogel", "oiseau", "pajaro"]),
            ("reptile", ["reptile", "lizard", "snake", "tortoise", "turtle", "gecko", "iguana"]),
        ]
        var d: [String: String] = [:]
        for (canon, words) in table { for w in words { d[w] = canon } }
        return d
    }()

    /// SNOMED CT codes of species (PS3.16 CID 7454 and the codes clinics use).
    static let speciesCodes: [String: String] = [
        "448771007": "dog", "448169003": "cat", "388445009": "horse", "387961004": "rabbit",
        "34618005": "cattle", "78678003": "pig", "125099002": "sheep", "125097000": "goat",
    ]

    /// The canonical species of a free-text description ("Canine", "Hund", "K9") or nil.
    static func species(text: String) -> String? {
        let f = fold(text)
        if f.isEmpty { return nil }
        if let s = speciesWords[f] { return s }
        let w = f.split(separator: " ").map(String.init)
        // Two-word phrases first ("guinea pig", "felis catus"), then single words.
        if w.count >= 2 {
            for i in 0..<(w.count - 1) { if let s = speciesWords[w[i] + " " + w[i + 1]] { return s } }
        }
        for x in w { if let s = speciesWords[x] { return s } }
        return nil
    }

    static func species(code: String, meaning: String) -> String? {
        if let s = speciesCodes[code.trimmingSpaces] { return s }
        return species(text: meaning)
    }

    // MARK: Patient ID

    /// A Patient ID without its formatting: upper-case letters and digits, a letter prefix
    /// ("VET-", "V", "PAT") and leading zeros removed when digits follow. "VET-00123" -> "123".
    static func idKey(_ s: String) -> String {
        var alnum = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x30...0x39, 0x41...0x5A: alnum.unicodeScalars.append(u)
            case 0x61...0x7A: alnum.unicodeScalars.append(Unicode.Scalar(u.value - 32) ?? u)
            default: continue
            }
        }
        let scalars = Array(alnum.utf8)
        guard let firstDigit = scalars.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return alnum }
        // Only a pure letter prefix is dropped; letters after digits are kept ("123A").
        var rest = Array(scalars[firstDigit...])
        while rest.count > 1, rest[0] == 0x30 { rest.removeFirst() }
        return String(decoding: rest, as: UTF8.self)
    }

    /// True when a and b differ by one substitution, insertion, deletion or adjacent swap.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        if x.count == y.count {
            var diffs: [Int] = []
            for i in 0..<x.count where x[i] != y[i] {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            if diffs.count == 2, diffs[1] == diffs[0] + 1, x[diffs[0]] == y[diffs[1]], x[diffs[1]] == y[diffs[0]] { return true }
            return false
        }
        let (s, l) = x.count < y.count ? (x, y) : (y, x)
        var i = 0, j = 0, skipped = false
        while i < s.count && j < l.count {
            if s[i] == l[j] { i += 1; j += 1 } else {
                if skipped { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }

    /// Neutered status as "altered" / "unaltered" / "".
    static func neutered(_ s: String) -> String {
        let f = fold(s)
        if f.hasPrefix("altered") || f == "neutered" || f == "spayed" || f == "castrated" { return "altered" }
        if f.hasPrefix("unaltered") || f == "intact" { return "unaltered" }
        return ""
    }

    /// Sex as "M" / "F" / "" (O and unknown are "").
    static func sex(_ s: String) -> String {
        let f = fold(s)
        if f == "m" || f == "male" || f == "mn" { return "M" }
        if f == "f" || f == "female" || f == "fs" { return "F" }
        return ""
    }

    /// A DA value's 8 digits, or "" when it is not a plausible date.
    static func date(_ s: String) -> String {
        let d = Array(s.utf8).filter { $0 >= 0x30 && $0 <= 0x39 }
        guard d.count >= 8 else { return "" }
        let t = String(decoding: d[0..<8], as: UTF8.self)
        return t == "00000000" ? "" : t
    }
}

extension String {
    var trimmingSpaces: String {
        var u = Substring(self)
        while let f = u.first, f == " " || f == "\t" || f == "\0" { u.removeFirst() }
        while let l = u.last, l == " " || l == "\t" || l == "\0" { u.removeLast() }
        return String(u)
    }
}
