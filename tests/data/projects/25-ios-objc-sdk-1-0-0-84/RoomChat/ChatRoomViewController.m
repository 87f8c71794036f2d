#import "ChatRoomViewController.h"
#import "KeyCenter.h"
#import <AgoraSigKit/AgoraSigKit.h>

@interface ChatRoomViewController ()
@property (nonatomic, strong) AgoraAPI *kit;
@end

@implementation ChatRoomViewController

- (void)viewDidLoad {
    [super viewDidLoad];
    self.kit = [AgoraAPI getInstanceWithoutMedia:kAgoraAppId];

    __weak typeof(self) weakSelf = self;
    self.kit.onChannelJoined = ^(NSString *channelID) {
        [weakSelf refreshMemberCount];
    };
    self.kit.onMessageChannelReceive = ^(NSString *channelID, NSString *account, uint32_t uid, NSString *msg) {
        dispatch_async(dispatch_get_main_queue(), ^{
            weakSelf.historyView.text = [weakSelf.historyView.text stringByAppendingFormat:@"%@: %@\n", account, msg];
        });
    };
    self.kit.onInvokeRet = ^(NSString *name, int ofu, NSString *reason, NSString *resp) {
        NSDictionary *result = [NSJSONSerialization JSONObjectWithData:[resp dataUsingEncoding:NSUTF8StringEncoding] options:0 error:nil];
        dispatch_async(dispatch_get_main_queue(), ^{
            weakSelf.countLabel.text = [NSString stringWithFormat:@"%@ online", result[@"num"]];
        });
    };
    [self.kit channelJoin:self.roomName];
}

- (IBAction)sendTapped:(id)sender {
    NSString *text = self.inputField.text;
    if (text.length == 0) {
        return;
    }
    [self.kit messageChannelSendFast:self.roomName msg:text msgID:[[NSUUID UUID] UUIDString]];
    self.inputField.text = @"";
}

- (void)refreshMemberCount {
    NSString *req = [NSString stringWithFormat:@"{\"name\":\"%@\"}", self.roomName];
    [self.kit invoke:@"io.agora.signal.channel_query_num" req:req];
}

- (void)dealloc {
    [_kit channelLeave:_roomName];
}

@end
