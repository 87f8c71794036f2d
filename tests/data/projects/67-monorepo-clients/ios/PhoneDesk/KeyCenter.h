#import <Foundation/Foundation.h>

@interface KeyCenter : NSObject
+ (NSString *)AppId;
@end
