#import <UIKit/UIKit.h>
#import "AgoraSignal.h"

@interface AppDelegate : UIResponder <UIApplicationDelegate>
@property (strong, nonatomic) UIWindow *window;
@end

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions {
    self.window.backgroundColor = [UIColor whiteColor];
    return YES;
}

- (void)applicationDidEnterBackground:(UIApplication *)application {
    [[AgoraSignal sharedKit] setBackground:1];
}

- (void)applicationWillEnterForeground:(UIApplication *)application {
    [[AgoraSignal sharedKit] setBackground:0];
}

@end
