#import "ChatViewController.h"
#import <AgoraSigKit/AgoraSigKit.h>

@implementation ChatViewController {
    AgoraAPI *_signal;
}

- (void)viewDidLoad {
    [super viewDidLoad];
    _signal = [AgoraAPI getInstanceWithoutMedia:kAppId];
    [_signal login:kAppId account:self.account token:self.token uid:0 deviceID:nil];
}

@end
