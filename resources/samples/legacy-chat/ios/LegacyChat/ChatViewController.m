#import "ChatViewController.h"
#import <AgoraSigKit/AgoraSigKit.h>

static NSString * const kAppId = @"a1b2c3d4e5f60718293a4b5c6d7e8f90";

@interface ChatViewController ()
@property (nonatomic, strong) AgoraAPI *signal;
@end

@implementation ChatViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    self.signal = [AgoraAPI getInstanceWithoutMedia:kAppId];
    __weak typeof(self) weakSelf = self;
    self.signal.onLoginSuccess = ^(uint32_t uid, int fd) {
        [weakSelf.signal channelJoin:weakSelf.room];
    };
    self.signal.onMessageChannelReceive = ^(NSString *channelID, NSString *account, uint32_t uid, NSString *msg) {
        dispatch_async(dispatch_get_main_queue(), ^{
            weakSelf.logView.text = [weakSelf.logView.text stringByAppendingFormat:@"%@: %@\n", account, msg];
        });
    };
    [self.signal login2:kAppId account:self.account token:@"_no_need_token" uid:0 deviceID:nil retry_time_in_s:60 retry_count:5];
}

- (IBAction)sendTapped:(id)sender {
    NSDictionary *payload = @{ @"type": @"chat", @"text": self.inputField.text ?: @"" };
    NSData *json = [NSJSONSerialization dataWithJSONObject:payload options:0 error:nil];
    NSString *msg = [[NSString alloc] initWithData:json encoding:NSUTF8StringEncoding];
    [self.signal messageChannelSend:self.room msg:msg msgID:[[NSUUID UUID] UUIDString]];
    self.inputField.text = @"";
}

@end
