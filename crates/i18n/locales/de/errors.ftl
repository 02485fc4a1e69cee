## Errors and notices from the native side
