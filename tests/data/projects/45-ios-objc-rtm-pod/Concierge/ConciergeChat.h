#import <Foundation/Foundation.h>

@interface ConciergeChat : NSObject
- (instancetype)initWithAppId:(NSString *)appId;
- (void)loginAs:(NSString *)user;
- (void)sendText:(NSString *)text toPeer:(NSString *)peer;
@end
