import Cocoa
import AgoraRtmKit

// Signaling (RTM) client for the chat window
class ChatWindowController: NSWindowController, AgoraRtmDelegate {
    @IBOutlet var transcript: NSTextView!
    @IBOutlet weak var input: NSTextField!
    @IBOutlet weak var header: HeaderView!

    private var kit: AgoraRtmKit?
    var peer = "support"

    override func windowDidLoad() {
        super.windowDidLoad()
        header.setBackground(color: .windowBackgroundColor)
        kit = AgoraRtmKit(appId: AppConfig.appId, delegate: self)
        kit?.login(byToken: AppConfig.token, user: AppConfig.user) { errorCode in
            if errorCode != .ok { NSLog("login failed: \(errorCode.rawValue)") }
        }
    }

    @IBAction func send(_ sender: Any) {
        let message = AgoraRtmMessage(text: input.stringValue)
        kit?.send(message, toPeer: peer) { _ in }
        input.stringValue = ""
    }

    func rtmKit(_ kit: AgoraRtmKit, messageReceived message: AgoraRtmMessage, fromPeer peerId: String) {
        transcript.string += "\(peerId): \(message.text)\n"
    }
}

final class HeaderView: NSView {
    func setBackground(color: NSColor) {
        wantsLayer = true
        layer?.backgroundColor = color.cgColor
    }
}
