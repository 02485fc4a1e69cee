## The window's frame: palette, shortcuts, banners, Settings' accounts and About
