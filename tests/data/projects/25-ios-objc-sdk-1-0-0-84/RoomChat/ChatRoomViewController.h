#import <UIKit/UIKit.h>

@interface ChatRoomViewController : UIViewController
@property (nonatomic, copy) NSString *roomName;
@property (nonatomic, weak) IBOutlet UITextField *inputField;
@property (nonatomic, weak) IBOutlet UITextView *historyView;
@property (nonatomic, weak) IBOutlet UILabel *countLabel;
- (IBAction)sendTapped:(id)sender;
@end
