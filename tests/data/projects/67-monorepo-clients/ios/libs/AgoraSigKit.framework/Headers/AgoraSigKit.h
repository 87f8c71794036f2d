//
//  AgoraSigKit.h
//  Agora Signaling SDK
//

#ifndef io_agora_sdk2_h
#define io_agora_sdk2_h

#import <Foundation/Foundation.h>

#define AGORA_SDK_VERSION "1.2.1.43"

typedef NS_ENUM(NSInteger, AgoraEcode) {
    AgoraEcode_SUCCESS = 0,
    AgoraEcode_LOGOUT_E_OTHER = 100,
    AgoraEcode_LOGOUT_E_USER = 101,
    AgoraEcode_LOGOUT_E_NET = 102,
    AgoraEcode_LOGIN_E_OTHER = 200,
    AgoraEcode_LOGIN_E_NET = 201,
    AgoraEcode_LOGIN_E_TOKENWRONG = 206,
    AgoraEcode_LOGIN_E_INVALID_USER = 209,
    AgoraEcode_GENERAL_E_LARGE_PARAM = 1005,
};

@interface AgoraAPI : NSObject

@property (copy) void(^onReconnecting)(uint32_t nretry);
@property (copy) void(^onLoginSuccess)(uint32_t uid, int fd);
@property (copy) void(^onLogout)(AgoraEcode ecode);
@property (copy) void(^onLoginFailed)(AgoraEcode ecode);
@property (copy) void(^onChannelJoined)(NSString* channelID);
@property (copy) void(^onChannelUserJoined)(NSString* account, uint32_t uid);
@property (copy) void(^onChannelUserLeaved)(NSString* account, uint32_t uid);
@property (copy) void(^onMessageInstantReceive)(NSString* account, uint32_t uid, NSString* msg);
@property (copy) void(^onMessageChannelReceive)(NSString* channelID, NSString* account, uint32_t uid, NSString* msg);
@property (copy) void(^onInviteReceived)(NSString* channelID, NSString* account, uint32_t uid, NSString* extra);
@property (copy) void(^onInviteMsg)(NSString* channelID, NSString* account, uint32_t uid, NSString* msgType, NSString* msgData, NSString* extra);
@property (copy) void(^onInvokeRet)(NSString* callID, NSString* err, NSString* resp);
@property (copy) void(^onQueryUserStatusResult)(NSString* name, NSString* status);

+ (AgoraAPI*) getInstanceWithoutMedia:(NSString*)vendorKey;

- (void) login:(NSString*)vendorID account:(NSString*)account token:(NSString*)token uid:(uint32_t)uid deviceID:(NSString*)deviceID;
- (void) login2:(NSString*)vendorID account:(NSString*)account token:(NSString*)token uid:(uint32_t)uid deviceID:(NSString*)deviceID retry_time_in_s:(int)retry_time_in_s retry_count:(int)retry_count;
- (void) logout;
- (void) channelJoin:(NSString*)channelID;
- (void) channelLeave:(NSString*)channelID;
- (void) channelSetAttr:(NSString*)channelID name:(NSString*)name value:(NSString*)value;
- (void) channelInviteUser2:(NSString*)channelID account:(NSString*)account extra:(NSString*)extra;
- (void) channelInvitePhone:(NSString*)channelID phoneNum:(NSString*)phoneNum uid:(uint32_t)uid;
- (void) channelInvitePhone2:(NSString*)channelID phoneNum:(NSString*)phoneNum sourcesNum:(NSString*)sourcesNum;
- (void) channelInviteDTMF:(NSString*)channelID phoneNum:(NSString*)phoneNum dtmf:(NSString*)dtmf;
- (void) messageDTMFSend:(uint32_t)uid msg:(NSString*)msg msgID:(NSString*)msgID;
- (void) messageInstantSend:(NSString*)account uid:(uint32_t)uid msg:(NSString*)msg msgID:(NSString*)msgID;
- (void) messageChannelSend:(NSString*)channelID msg:(NSString*)msg msgID:(NSString*)msgID;
- (void) setBackground:(uint32_t)bOut;
- (void) setNetworkStatus:(uint32_t)bOut;
- (void) queryUserStatus:(NSString*)account;
- (void) invoke:(NSString*)name req:(NSString*)req callID:(NSString*)callID;
- (int) getSdkVersion;
- (bool) isOnline;
- (int) getStatus;
- (void) destory;

@end

#endif /* io_agora_sdk2_h */
