/// A list for a message: the first `showing` items joined by commas, then a count of the rest ("a, b, c and 9,997
/// more"), so that an error about ten thousand lines stays one readable line.
public func shortList(_ items: [String], showing: Int) -> String {
    guard items.count > showing else { return items.joined(separator: ", ") }
    return items.prefix(showing).joined(separator: ", ") + " and \(items.count - showing) more"
}
