// A small codec the Android app builds with the NDK.
int chatcodec_version() { return 3; }
