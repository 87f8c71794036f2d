import UIKit

class ChatViewController: UIViewController, UITableViewDataSource {
    @IBOutlet weak var tableView: UITableView!
    @IBOutlet weak var inputField: UITextField!
    var account = ""
    var peer = ""
    private var messages: [(mine: Bool, text: String)] = []

    override func viewDidLoad() {
        super.viewDidLoad()
        AgoraSignal.Kit.onMessageInstantReceive = { [weak self] account, uid, msg in
            DispatchQueue.main.async {
                self?.messages.append((mine: false, text: msg ?? ""))
                self?.tableView.reloadData()
            }
        }
    }

    @IBAction func send(_ sender: Any) {
        guard let text = inputField.text, !text.isEmpty else { return }
        AgoraSignal.Kit.messageInstantSend(peer, uid: 0, msg: text, msgID: UUID().uuidString)
        messages.append((mine: true, text: text))
        tableView.reloadData()
    }

    func tableView(_ tableView: UITableView, numberOfRowsInSection section: Int) -> Int {
        return messages.count
    }

    func tableView(_ tableView: UITableView, cellForRowAt indexPath: IndexPath) -> UITableViewCell {
        let cell = tableView.dequeueReusableCell(withIdentifier: "bubble", for: indexPath) as! BubbleCell
        let item = messages[indexPath.row]
        cell.bubble.setText(item.text)
        cell.bubble.setBackground(color: item.mine ? .systemBlue : .lightGray)
        return cell
    }
}

final class BubbleCell: UITableViewCell {
    let bubble = ChatBubbleView()
}
