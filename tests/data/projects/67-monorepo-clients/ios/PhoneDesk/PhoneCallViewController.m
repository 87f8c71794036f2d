#import <UIKit/UIKit.h>
#import "AgoraSignal.h"

static NSString * const kCallerId = @"+8675512345678";

@class CallBannerView;

@interface PhoneCallViewController : UIViewController
@property (nonatomic, copy) NSString *channelName;
@property (nonatomic, copy) NSString *number;
@property (nonatomic, weak) IBOutlet UILabel *statusLabel;
@property (nonatomic, weak) IBOutlet CallBannerView *banner;
@end

@interface CallBannerView : UIView
- (void)setBackground:(UIColor *)color;
@end

@implementation CallBannerView
- (void)setBackground:(UIColor *)color {
    self.layer.backgroundColor = color.CGColor;
}
@end

@implementation PhoneCallViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    __weak typeof(self) weakSelf = self;
    [AgoraSignal sharedKit].onInviteAcceptedByPeer = ^(NSString *channelID, NSString *account, uint32_t uid, NSString *extra) {
        dispatch_async(dispatch_get_main_queue(), ^{
            weakSelf.statusLabel.text = @"Connected";
            [weakSelf.banner setBackground:[UIColor greenColor]];
        });
    };
    [AgoraSignal sharedKit].onInviteMsg = ^(NSString *channelID, NSString *account, uint32_t uid, NSString *msgType, NSString *msgData, NSString *extra) {
        NSLog(@"gateway message %@: %@", msgType, msgData);
    };
}

- (void)callNumber:(NSString *)number {
    self.number = number;
    [[AgoraSignal sharedKit] channelInvitePhone2:self.channelName phoneNum:number sourcesNum:kCallerId];
    self.statusLabel.text = @"Calling...";
}

- (IBAction)keypadTapped:(UIButton *)sender {
    NSString *digit = sender.currentTitle;
    [[AgoraSignal sharedKit] channelInviteDTMF:self.channelName phoneNum:self.number dtmf:digit];
}

- (IBAction)hangUpTapped:(id)sender {
    [[AgoraSignal sharedKit] channelInviteEnd:self.channelName account:self.number uid:0];
    [self dismissViewControllerAnimated:YES completion:nil];
}

@end
