import Cocoa
import AgoraSigKit

class MainViewController: NSViewController {
    @IBOutlet weak var accountField: NSTextField!
    @IBOutlet weak var channelField: NSTextField!
    @IBOutlet weak var messageField: NSTextField!
    @IBOutlet var historyView: NSTextView!

    var agoraAPI: AgoraAPI!

    override func viewDidLoad() {
        super.viewDidLoad()
        agoraAPI = AgoraAPI.getInstanceWithoutMedia(KeyCenter.appID)
        agoraAPI.onLoginSuccess = { [weak self] uid, fd in
            DispatchQueue.main.async {
                guard let self = self else { return }
                self.agoraAPI.channelJoin(self.channelField.stringValue)
            }
        }
        agoraAPI.onMessageChannelReceive = { [weak self] channelID, account, uid, msg in
            DispatchQueue.main.async {
                self?.historyView.string += "\(account ?? ""): \(msg ?? "")\n"
            }
        }
    }

    @IBAction func login(_ sender: NSButton) {
        agoraAPI.login2(KeyCenter.appID, account: accountField.stringValue, token: "_no_need_token", uid: 0, deviceID: nil, retry_time_in_s: 60, retry_count: 5)
    }

    @IBAction func send(_ sender: NSButton) {
        agoraAPI.messageChannelSend(channelField.stringValue, msg: messageField.stringValue, msgID: UUID().uuidString)
        messageField.stringValue = ""
    }
}
