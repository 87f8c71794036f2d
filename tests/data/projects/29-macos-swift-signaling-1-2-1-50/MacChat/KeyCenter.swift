struct KeyCenter {
    static let appID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
}
