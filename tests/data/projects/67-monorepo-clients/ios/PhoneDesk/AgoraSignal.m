#import "AgoraSignal.h"
#import "KeyCenter.h"

@implementation AgoraSignal

+ (AgoraAPI *)sharedKit {
    static AgoraAPI *kit = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        kit = [AgoraAPI getInstanceWithoutMedia:[KeyCenter AppId]];
    });
    return kit;
}

@end
