#import "RosterService.h"
#import <AgoraSigKit/AgoraSigKit.h>

@interface RosterService ()
@property (nonatomic, strong) AgoraAPI *kit;
@property (nonatomic, copy) NSString *channel;
@property (nonatomic, copy, readwrite) NSArray<NSString *> *members;
@property (nonatomic, strong) UNNotification *userNotification;
@end

@implementation RosterService

- (instancetype)initWithAppId:(NSString *)appId channel:(NSString *)channel {
    if ((self = [super init])) {
        _channel = [channel copy];
        _kit = [AgoraAPI createSigInstance:appId];
        __weak typeof(self) weakSelf = self;
        _kit.onInvokeRet = ^(NSString *callID, NSString *err, NSString *resp) {
            if (err.length > 0) {
                return;
            }
            NSDictionary *json = [NSJSONSerialization JSONObjectWithData:[resp dataUsingEncoding:NSUTF8StringEncoding] options:0 error:nil];
            weakSelf.members = [json[@"list"] valueForKey:@"account"];
        };
    }
    return self;
}

- (NSString *)request {
    return [NSString stringWithFormat:@"{\"name\":\"%@\"}", self.channel];
}

- (void)loadAllMembers {
    [self.kit invoke:@"io.agora.signal.channel_query_userlist_all" req:[self request] callID:@"roster-all"];
}

- (void)loadFirstPage {
    [self.kit invoke:@"io.agora.signal.channel_query_userlist" req:[self request] callID:@"roster-page"];
}

- (void)handleNotification:(UNNotification *)note {
    _userNotification = note;
    [self loadFirstPage];
}

@end
