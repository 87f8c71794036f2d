import UIKit

@UIApplicationMain
class AppDelegate: UIResponder, UIApplicationDelegate {
    var window: UIWindow?

    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        return true
    }

    func applicationDidEnterBackground(_ application: UIApplication) {
        AgoraSignal.Kit.setBackground(1)
    }

    func applicationWillEnterForeground(_ application: UIApplication) {
        AgoraSignal.Kit.setBackground(0)
    }
}
