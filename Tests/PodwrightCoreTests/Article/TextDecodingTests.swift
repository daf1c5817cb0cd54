import Foundation
import Testing

@testable import PodwrightCore

@Suite struct TextDecodingTests {
    static let article = """
        Harbour café reopens
        By Ana Ruiz
        The café on the quay reopened on Monday after a winter of repairs, and the first customers were \
        waiting outside before the doors opened at seven.
        “It feels like spring,” said one of them.
        """

    static func utf16(_ text: String, bigEndian: Bool) -> Data {
        var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
        for unit in text.utf16 {
            let bytes = bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    static func windows1252(_ text: String) -> Data {
        let table: [Character: UInt8] = ["“": 0x93, "”": 0x94, "’": 0x92, "é": 0xE9, "—": 0x97]
        return Data(text.map { table[$0] ?? UInt8($0.asciiValue!) })
    }

    @Test(arguments: [
        ("utf-8", Data(article.utf8)),
        ("utf-8 with BOM", Data([0xEF, 0xBB, 0xBF]) + Data(article.utf8)),
        ("utf-16 LE", utf16(article, bigEndian: false)),
        ("utf-16 BE", utf16(article, bigEndian: true)),
        ("windows-1252", windows1252(article)),
        ("CRLF", Data(article.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("CR", Data(article.replacingOccurrences(of: "\n", with: "\r").utf8)),
    ])
    func everyEncodingReadsTheSame(name: String, data: Data) throws {
        let read = try ArticleReader.read(data: data, name: "cafe.txt")
        #expect(read.title == "Harbour café reopens", "\(name)")
        #expect(read.authors == ["Ana Ruiz"], "\(name)")
        #expect(read.body.hasSuffix("“It feels like spring,” said one of them."), "\(name)")
        #expect(!read.body.contains("\r"), "\(name)")
    }

    @Test func oddSpacesAreNormalised() throws {
        let text =
            "Harbour\u{A0}café reopens\n\nThe café\u{200B} on the quay\u{A0}\u{A0}reopened on Monday after a "
            + "winter of repairs, and the first\u{2009}customers were waiting.\u{FEFF}"
        let read = try ArticleReader.read(data: Data(text.utf8), name: "cafe.txt")
        #expect(read.title == "Harbour café reopens")
        #expect(
            read.body == "The café on the quay reopened on Monday after a winter of repairs, and the first "
                + "customers were waiting.")
    }

    @Test func htmlEntitiesAreDecoded() throws {
        let html = """
            <html><head><title>Caf&eacute; owners cheer &#8212; at last</title></head><body><article>
            <h1>Caf&eacute; owners cheer &#8212; at last</h1>
            <p>The caf&eacute;&nbsp;owners said &ldquo;it&rsquo;s about time&rdquo; &amp; raised a glass to the \
            council, which had taken &#x32; years to agree the plan for the quay and its old stone walls.</p>
            </article></body></html>
            """
        let read = try ArticleReader.read(data: Data(html.utf8), name: "page.html")
        #expect(read.title == "Café owners cheer — at last")
        #expect(read.body.hasPrefix("The café owners said “it’s about time” & raised a glass"))
        #expect(read.body.contains("taken 2 years"))
    }

    @Test(arguments: [
        ("binary", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])),
        ("control bytes", Data((0..<400).map { UInt8(1 + $0 % 8) })),
        // Shift-JIS: not UTF-8, and as Windows-1252 it would be almost all accented letters.
        (
            "shift-jis",
            Data([
                0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x95, 0xB6, 0x8F, 0xCD, 0x82, 0xC5, 0x82,
                0xB7, 0x81, 0x42,
            ])
        ),
    ])
    func unreadableBytesAreRefused(name: String, data: Data) {
        #expect(throws: ArticleError.self, "\(name)") { try ArticleReader.read(data: data, name: "x.txt") }
    }
}
