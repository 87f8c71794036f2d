#import <Foundation/Foundation.h>
#import <AgoraSigKit/AgoraSigKit.h>

@interface AgoraSignal : NSObject
+ (AgoraAPI *)sharedKit;
@end
