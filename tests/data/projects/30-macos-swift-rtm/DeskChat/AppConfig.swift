import Foundation

enum AppConfig {
    static let appId = "5e4d3c2b1a09f8e7d6c5b4a392817060"
    static let token: String? = nil
    static let user = NSUserName()
}
