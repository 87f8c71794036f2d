namespace sig2rtm::ui {}
