#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

@interface RosterService : NSObject
@property (nonatomic, copy, readonly) NSArray<NSString *> *members;
- (instancetype)initWithAppId:(NSString *)appId channel:(NSString *)channel;
- (void)loadAllMembers;
- (void)loadFirstPage;
- (void)handleNotification:(UNNotification *)note;
@end
