struct KeyCenter {
    static let AppId: String = "9f8e7d6c5b4a39281706f5e4d3c2b1a0"
}
