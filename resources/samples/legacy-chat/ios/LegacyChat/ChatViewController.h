#import <UIKit/UIKit.h>

@interface ChatViewController : UIViewController
@property (nonatomic, copy) NSString *account;
@property (nonatomic, copy) NSString *room;
@property (nonatomic, weak) IBOutlet UITextView *logView;
@property (nonatomic, weak) IBOutlet UITextField *inputField;
@end
