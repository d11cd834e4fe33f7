#include <stdio.h>
#define MAX(a, b) ((a) > (b) ? \
                   (a) : (b))
/* A block
   comment */
static const char *greeting = "hi \"there\"\n";
int main(int argc, char **argv) {
    unsigned long n = 0x1Fu + 10UL + 3.5e-2f;
    char c = '\'';
    size_t length = strlen(u8"中文"); // count
    return n > 0 ? EXIT_SUCCESS : 1;
}
