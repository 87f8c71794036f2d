import Foundation
import AgoraSigKit

class AgoraSignal: NSObject {
    static let Kit: AgoraAPI = AgoraAPI.getInstanceWithoutMedia(KeyCenter.AppId)
}
