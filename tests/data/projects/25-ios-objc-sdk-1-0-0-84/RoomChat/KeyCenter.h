#import <Foundation/Foundation.h>

static NSString * const kAgoraAppId = @"1b2c3d4e5f60718293a4b5c6d7e8f901";
