#import "ConciergeChat.h"
#import <AgoraRtmKit/AgoraRtmKit.h>

@interface ConciergeChat () <AgoraRtmDelegate>
@property (nonatomic, strong) AgoraRtmKit *kit;
@end

@implementation ConciergeChat

- (instancetype)initWithAppId:(NSString *)appId {
    if ((self = [super init])) {
        _kit = [[AgoraRtmKit alloc] initWithAppId:appId delegate:self];
    }
    return self;
}

- (void)loginAs:(NSString *)user {
    [self.kit loginByToken:nil user:user completion:^(AgoraRtmLoginErrorCode errorCode) {
        NSLog(@"rtm login: %ld", (long)errorCode);
    }];
}

- (void)sendText:(NSString *)text toPeer:(NSString *)peer {
    AgoraRtmMessage *message = [[AgoraRtmMessage alloc] initWithText:text];
    [self.kit sendMessage:message toPeer:peer completion:^(AgoraRtmSendPeerMessageErrorCode errorCode) {
        NSLog(@"sent to %@: %ld", peer, (long)errorCode);
    }];
}

- (void)rtmKit:(AgoraRtmKit *)kit messageReceived:(AgoraRtmMessage *)message fromPeer:(NSString *)peerId {
    [[NSNotificationCenter defaultCenter] postNotificationName:@"ConciergeMessage" object:message.text userInfo:@{ @"peer": peerId }];
}

@end
