#import "AgoraSignal.h"

@implementation AgoraSignal

+ (AgoraAPI *)sharedKit {
    static AgoraAPI *kit;
    static dispatch_once_t once;
    dispatch_once(&once, ^{
        kit = [AgoraAPI getInstanceWithoutMedia:[[NSBundle mainBundle] objectForInfoDictionaryKey:@"AgoraAppId"]];
    });
    return kit;
}

@end
